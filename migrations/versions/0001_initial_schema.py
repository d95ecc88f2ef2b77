"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 13:31:17.452615
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("name", name=op.f("uq_category_name")),
    )
    op.create_table(
        "congress_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("meeting", "interim", name="sessionkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("term", sa.Integer(), nullable=True),
        sa.Column("meeting_number", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_congress_session")),
        sa.UniqueConstraint("name", name=op.f("uq_congress_session_name")),
    )
    with op.batch_alter_table("congress_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_congress_session_year"), ["year"], unique=False)

    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation")),
        sa.UniqueConstraint("name", name=op.f("uq_delegation_name")),
    )
    op.create_table(
        "handling_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("government", "court", "procuratorate", "other", name="unitkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handling_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_handling_unit_name")),
    )
    op.create_table(
        "leader",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("congress", "government", name="leaderkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leader")),
        sa.UniqueConstraint("name", "kind", name=op.f("uq_leader_name_kind")),
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_office_setting")),
    )
    op.create_table(
        "special_committee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_special_committee")),
        sa.UniqueConstraint("name", name=op.f("uq_special_committee_name")),
    )
    op.create_table(
        "deputy_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_deputy_group_delegation_id_delegation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deputy_group")),
        sa.UniqueConstraint("name", name=op.f("uq_deputy_group_name")),
    )
    op.create_table(
        "deputy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["delegation_id"], ["delegation.id"], name=op.f("fk_deputy_delegation_id_delegation")),
        sa.ForeignKeyConstraint(["group_id"], ["deputy_group.id"], name=op.f("fk_deputy_group_id_deputy_group")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deputy")),
    )
    with op.batch_alter_table("deputy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deputy_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deputy_name"), ["name"], unique=False)

    op.create_table(
        "case_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("motion", "suggestion", name="casekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "submitted_kind",
            sa.Enum("motion", "suggestion", name="casekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("lead_deputy_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "registered",
                "assigned",
                "replied",
                "rated",
                "closed",
                "withdrawn",
                name="casestate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("handling_round", sa.Integer(), nullable=False),
        sa.Column("is_key", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("key_designated_by", sa.String(length=100), nullable=True),
        sa.Column("supervising_leader_id", sa.Integer(), nullable=True),
        sa.Column("supervising_committee_id", sa.Integer(), nullable=True),
        sa.Column("leading_leader_id", sa.Integer(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=True),
        sa.Column("converted_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], name=op.f("fk_case_record_category_id_category")),
        sa.ForeignKeyConstraint(
            ["delegation_id"], ["delegation.id"], name=op.f("fk_case_record_delegation_id_delegation")
        ),
        sa.ForeignKeyConstraint(["lead_deputy_id"], ["deputy.id"], name=op.f("fk_case_record_lead_deputy_id_deputy")),
        sa.ForeignKeyConstraint(
            ["leading_leader_id"], ["leader.id"], name=op.f("fk_case_record_leading_leader_id_leader")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["congress_session.id"], name=op.f("fk_case_record_session_id_congress_session")
        ),
        sa.ForeignKeyConstraint(
            ["supervising_committee_id"],
            ["special_committee.id"],
            name=op.f("fk_case_record_supervising_committee_id_special_committee"),
        ),
        sa.ForeignKeyConstraint(
            ["supervising_leader_id"], ["leader.id"], name=op.f("fk_case_record_supervising_leader_id_leader")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_record")),
        sa.UniqueConstraint("session_id", "number", name=op.f("uq_case_record_session_id_number")),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_record_category_id"), ["category_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_delegation_id"), ["delegation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_lead_deputy_id"), ["lead_deputy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_submitted_on"), ["submitted_on"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("lead", "assisting", "separate", name="assignmentrole", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("handling_round", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "changed", "superseded", name="assignmentstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("assigned_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_assignment_case_id_case_record")),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"], ["assignment.id"], name=op.f("fk_assignment_replaced_by_id_assignment")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["handling_unit.id"], name=op.f("fk_assignment_unit_id_handling_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "case_cosigner",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deputy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_case_cosigner_case_id_case_record")),
        sa.ForeignKeyConstraint(["deputy_id"], ["deputy.id"], name=op.f("fk_case_cosigner_deputy_id_deputy")),
        sa.PrimaryKeyConstraint("case_id", "position", name=op.f("pk_case_cosigner")),
        sa.UniqueConstraint("case_id", "deputy_id", name=op.f("uq_case_cosigner_case_id_deputy_id")),
    )
    with op.batch_alter_table("case_cosigner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_cosigner_deputy_id"), ["deputy_id"], unique=False)

    op.create_table(
        "case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("linked_case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("joint", name="caselinkkind", native_enum=False, length=24), nullable=False),
        sa.Column("linked_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_case_link_case_id_case_record")),
        sa.ForeignKeyConstraint(
            ["linked_case_id"], ["case_record.id"], name=op.f("fk_case_link_linked_case_id_case_record")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
        sa.UniqueConstraint("case_id", "linked_case_id", name=op.f("uq_case_link_case_id_linked_case_id")),
    )
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_link_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_link_linked_case_id"), ["linked_case_id"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=80), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_event_case_id_case_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_recorded_at"), ["recorded_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_user"), ["user"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("result_code", sa.String(length=8), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_follow_up_case_id_case_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_case_id"), ["case_id"], unique=False)

    op.create_table(
        "rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("deputy_id", sa.Integer(), nullable=False),
        sa.Column("handling_round", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("overall", sa.String(length=24), nullable=False),
        sa.Column("handling_level", sa.String(length=24), nullable=True),
        sa.Column("result_level", sa.String(length=24), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], name=op.f("fk_rating_case_id_case_record")),
        sa.ForeignKeyConstraint(["deputy_id"], ["deputy.id"], name=op.f("fk_rating_deputy_id_deputy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
        sa.UniqueConstraint(
            "case_id", "deputy_id", "handling_round", name=op.f("uq_rating_case_id_deputy_id_handling_round")
        ),
    )
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rating_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rating_rated_on"), ["rated_on"], unique=False)

    op.create_table(
        "supervision_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "site_visit",
                "progress_meeting",
                "phone",
                "document",
                name="supervisionkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("committee_id", sa.Integer(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_record.id"], name=op.f("fk_supervision_record_case_id_case_record")
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["special_committee.id"],
            name=op.f("fk_supervision_record_committee_id_special_committee"),
        ),
        sa.ForeignKeyConstraint(["leader_id"], ["leader.id"], name=op.f("fk_supervision_record_leader_id_leader")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_record")),
    )
    with op.batch_alter_table("supervision_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_record_case_id"), ["case_id"], unique=False)

    op.create_table(
        "reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=False),
        sa.Column("result_code", sa.String(length=8), nullable=True),
        sa.Column(
            "contact_method",
            sa.Enum(
                "face_to_face",
                "meeting",
                "phone",
                "letter",
                name="contactmethod",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "contact_person",
            sa.Enum(
                "unit_head",
                "deputy_head",
                "section_head",
                "staff",
                name="contactperson",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("signed_by", sa.String(length=60), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["assignment_id"], ["assignment.id"], name=op.f("fk_reply_assignment_id_assignment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply")),
    )
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_assignment_id"), ["assignment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reply_replied_on"), ["replied_on"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_replied_on"))
        batch_op.drop_index(batch_op.f("ix_reply_assignment_id"))

    op.drop_table("reply")
    with op.batch_alter_table("supervision_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_record_case_id"))

    op.drop_table("supervision_record")
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rating_rated_on"))
        batch_op.drop_index(batch_op.f("ix_rating_case_id"))

    op.drop_table("rating")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_case_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_user"))
        batch_op.drop_index(batch_op.f("ix_event_recorded_at"))
        batch_op.drop_index(batch_op.f("ix_event_case_id"))
        batch_op.drop_index(batch_op.f("ix_event_action"))

    op.drop_table("event")
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_link_linked_case_id"))
        batch_op.drop_index(batch_op.f("ix_case_link_case_id"))

    op.drop_table("case_link")
    with op.batch_alter_table("case_cosigner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_cosigner_deputy_id"))

    op.drop_table("case_cosigner")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_unit_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_due_on"))
        batch_op.drop_index(batch_op.f("ix_assignment_case_id"))

    op.drop_table("assignment")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_record_submitted_on"))
        batch_op.drop_index(batch_op.f("ix_case_record_state"))
        batch_op.drop_index(batch_op.f("ix_case_record_session_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_lead_deputy_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_kind"))
        batch_op.drop_index(batch_op.f("ix_case_record_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_category_id"))

    op.drop_table("case_record")
    with op.batch_alter_table("deputy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deputy_name"))
        batch_op.drop_index(batch_op.f("ix_deputy_delegation_id"))

    op.drop_table("deputy")
    op.drop_table("deputy_group")
    op.drop_table("special_committee")
    op.drop_table("office_setting")
    op.drop_table("leader")
    op.drop_table("handling_unit")
    op.drop_table("delegation")
    with op.batch_alter_table("congress_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_congress_session_year"))

    op.drop_table("congress_session")
    op.drop_table("category")
