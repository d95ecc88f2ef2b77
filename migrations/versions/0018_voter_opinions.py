"""issue 21's 群众意见: the stations where deputies receive voters (代表联络站, 人大代表之家, 代表小组) with
their deputies, and the voters' opinions gathered there (numbered per year, passed on to a unit,
answered, fed back to the voter)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "liaison_station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "liaison_station", "deputies_home", "deputy_group", name="stationkind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_liaison_station")),
        sa.UniqueConstraint("name", name=op.f("uq_liaison_station_name")),
    )
    op.create_table(
        "station_deputy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("deputy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["deputy_id"], ["deputy.id"], name=op.f("fk_station_deputy_deputy_id_deputy")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["liaison_station.id"], name=op.f("fk_station_deputy_station_id_liaison_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_deputy")),
        sa.UniqueConstraint("station_id", "deputy_id", name=op.f("uq_station_deputy_station_id_deputy_id")),
    )
    with op.batch_alter_table("station_deputy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_station_deputy_deputy_id"), ["deputy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_station_deputy_station_id"), ["station_id"], unique=False)

    op.create_table(
        "voter_opinion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("deputy_id", sa.Integer(), nullable=True),
        sa.Column("voter_name", sa.String(length=40), nullable=False),
        sa.Column("voter_contact", sa.String(length=60), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "registered",
                "passed_on",
                "answered",
                "fed_back",
                "closed",
                name="opinionstate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("passed_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("fed_back_on", sa.Date(), nullable=True),
        sa.Column(
            "feedback_method",
            sa.Enum("face_to_face", "meeting", "phone", "letter", name="contactmethod", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column(
            "voter_view",
            sa.Enum(
                "satisfied", "basically_satisfied", "unsatisfied", name="ratinglevel", native_enum=False, length=24
            ),
            nullable=True,
        ),
        sa.Column("feedback_note", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], name=op.f("fk_voter_opinion_category_id_category")),
        sa.ForeignKeyConstraint(["deputy_id"], ["deputy.id"], name=op.f("fk_voter_opinion_deputy_id_deputy")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["liaison_station.id"], name=op.f("fk_voter_opinion_station_id_liaison_station")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["handling_unit.id"], name=op.f("fk_voter_opinion_unit_id_handling_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voter_opinion")),
        sa.UniqueConstraint("year", "serial", name=op.f("uq_voter_opinion_year_serial")),
    )
    with op.batch_alter_table("voter_opinion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voter_opinion_deputy_id"), ["deputy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voter_opinion_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_voter_opinion_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_voter_opinion_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voter_opinion_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voter_opinion_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("voter_opinion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voter_opinion_year"))
        batch_op.drop_index(batch_op.f("ix_voter_opinion_unit_id"))
        batch_op.drop_index(batch_op.f("ix_voter_opinion_station_id"))
        batch_op.drop_index(batch_op.f("ix_voter_opinion_state"))
        batch_op.drop_index(batch_op.f("ix_voter_opinion_received_on"))
        batch_op.drop_index(batch_op.f("ix_voter_opinion_deputy_id"))

    op.drop_table("voter_opinion")
    with op.batch_alter_table("station_deputy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_station_deputy_station_id"))
        batch_op.drop_index(batch_op.f("ix_station_deputy_deputy_id"))

    op.drop_table("station_deputy")
    op.drop_table("liaison_station")
