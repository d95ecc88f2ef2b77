"""Migration safety: a register kept by the first release (schema 0001, written by plain SQL) comes
through the upgrade to the newest schema whole, with its derived tables filled; downgrades and
upgrades again; and a migration that fails halfway leaves the file as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.domain.enums import CaseKind
from casebook.domain.roles import Permission
from casebook.paths import migrations_dir
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_search import CaseQuery, count_matching, fetch_page
from casebook.services.queries.case_views import case_detail
from casebook.services.statistics.figures import compute_statistics
from casebook.store.backup import NO_BACKUPS, BackupError
from casebook.store.case_facts import rebuild_all_facts
from casebook.store.database import open_database
from casebook.store.engine import make_engine
from casebook.store.migrate import head_revision, migrate_to
from casebook.store.models.facts import CaseFactRow, UnitFactRow
from casebook.store.restore import restore_backup
from tests.snapshot import table_contents

REGISTER_0001 = """
INSERT INTO congress_session (id, name, kind, year, term, meeting_number, starts_on, ends_on, retired) VALUES
  (1, '市九届人大一次会议', 'meeting', 2022, 9, 1, '2022-01-06', '2022-01-09', 0),
  (2, '2022年闭会期间', 'interim', 2022, NULL, NULL, NULL, NULL, 0);
INSERT INTO delegation (id, name, retired) VALUES (1, '京口', 0), (2, '润州', 0);
INSERT INTO deputy_group (id, name, delegation_id, retired) VALUES (1, '京口第一代表小组', 1, 0);
INSERT INTO deputy (id, name, delegation_id, group_id, position, phone, retired) VALUES
  (1, '魏敏', 1, 1, '京口区某街道党工委书记', '13800000001', 0),
  (2, '张伟', 1, 1, NULL, NULL, 0),
  (3, '李娜', 2, NULL, NULL, NULL, 0),
  (4, '王芳', 2, NULL, NULL, NULL, 0),
  (5, '陈静', NULL, NULL, NULL, NULL, 1);
INSERT INTO category (id, name, retired) VALUES (1, '城乡建设', 0), (2, '交通运输', 0);
INSERT INTO handling_unit (id, name, kind, retired) VALUES
  (1, '市邮政管理局', 'government', 0), (2, '市交通运输局', 'government', 0), (3, '市中级人民法院', 'court', 0);
INSERT INTO leader (id, name, title, kind, retired) VALUES (1, '周副主任', '市人大常委会副主任', 'congress', 0);
INSERT INTO special_committee (id, name, retired) VALUES (1, '财政经济委员会', 0);

INSERT INTO case_record (id, session_id, number, kind, submitted_kind, title, body, category_id, submitted_on,
  lead_deputy_id, delegation_id, state, handling_round, is_key, key_designated_by, supervising_leader_id,
  supervising_committee_id, leading_leader_id, remarks, converted_on, withdrawn_on, closed_on,
  created_at, updated_at, updated_by, version) VALUES
  (1, 1, '0001', 'suggestion', 'suggestion', '关于有效缓解主城区停车难的建议', '增设公共停车泊位。', 1, '2022-01-08',
   1, NULL, 'registered', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '2022-01-10 09:00:00', '2022-01-10 09:00:00', 'clerk-zhao', 1),
  (2, 1, '0002', 'suggestion', 'suggestion', '关于加强对快递和外卖服务企业安全管理的建议', '加强骑手交通安全管理。', 2,
   '2022-01-08', 2, NULL, 'assigned', 1, 0, NULL, NULL, NULL, NULL, '与0003并案', NULL, NULL, NULL,
   '2022-01-10 09:05:00', '2022-01-20 10:00:00', 'clerk-zhao', 3),
  (3, 1, '0003', 'suggestion', 'suggestion', '关于优化公交线路的建议', '', 2, '2022-01-08',
   3, NULL, 'replied', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '2022-01-10 09:10:00', '2022-03-01 15:00:00', 'clerk-zhao', 4),
  (4, 1, '0004', 'suggestion', 'suggestion', '关于推进老旧小区改造的建议', '加装电梯，改造管网。', 1, '2022-01-08',
   1, NULL, 'closed', 1, 1, '大会主席团', 1, 1, 1, NULL, NULL, NULL, '2022-05-01',
   '2022-01-10 09:15:00', '2022-05-01 11:00:00', 'clerk-zhao', 6),
  (5, 1, '0005', 'suggestion', 'motion', '关于制定养犬管理条例的议案', '', NULL, '2022-01-07',
   4, NULL, 'rated', 1, 0, NULL, NULL, NULL, NULL, NULL, '2022-01-09', NULL, NULL,
   '2022-01-10 09:20:00', '2022-04-10 09:00:00', 'clerk-zhao', 6),
  (6, 1, '0006', 'suggestion', 'suggestion', '关于撤回的建议', '', NULL, '2022-01-08',
   5, NULL, 'withdrawn', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, '2022-01-15', NULL,
   '2022-01-10 09:25:00', '2022-01-15 09:00:00', 'clerk-zhao', 2),
  (7, 2, 'B001', 'motion', 'motion', '关于修改城市绿化条例的议案', '', 1, '2022-06-01',
   NULL, 2, 'registered', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   '2022-06-02 09:00:00', '2022-06-02 09:00:00', 'clerk-li', 1);
INSERT INTO case_cosigner (case_id, position, deputy_id) VALUES (1, 1, 2), (1, 2, 3), (2, 1, 1), (4, 1, 2), (4, 2, 4);
INSERT INTO case_link (id, case_id, linked_case_id, kind, linked_on) VALUES (1, 2, 3, 'joint', '2022-01-20');

INSERT INTO assignment (id, case_id, unit_id, role, handling_round, status, assigned_on, acknowledged_on, due_on,
  ended_on, replaced_by_id, note) VALUES
  (1, 2, 1, 'lead', 1, 'active', '2022-01-20', '2022-01-22', '2022-04-20', NULL, NULL, NULL),
  (2, 2, 2, 'assisting', 1, 'active', '2022-01-20', NULL, '2022-02-20', NULL, NULL, '协办'),
  (3, 3, 2, 'lead', 1, 'active', '2022-01-20', '2022-01-21', '2022-04-20', NULL, NULL, NULL),
  (4, 4, 1, 'lead', 1, 'active', '2022-01-20', '2022-01-21', '2022-04-20', NULL, NULL, NULL),
  (5, 5, 3, 'lead', 1, 'active', '2022-01-20', NULL, '2022-04-20', NULL, NULL, NULL);
INSERT INTO reply (id, assignment_id, replied_on, result_code, contact_method, contact_person, signed_by, summary,
  opinion) VALUES
  (1, 3, '2022-03-01', 'A', 'face_to_face', 'unit_head', '李局长', '已优化3条线路。', NULL),
  (2, 4, '2022-03-15', 'A', 'meeting', 'deputy_head', NULL, '已列入年度计划并完成。', NULL),
  (3, 5, '2022-04-25', 'B', 'phone', 'staff', NULL, '正在调研。', NULL);
INSERT INTO rating (id, case_id, deputy_id, handling_round, rated_on, overall, handling_level, result_level, comment,
  entered_by) VALUES
  (1, 4, 1, 1, '2022-04-01', 'satisfied', 'satisfied', 'satisfied', '满意', 'clerk-zhao'),
  (2, 5, 4, 1, '2022-05-05', 'unsatisfied', NULL, NULL, '进度太慢', 'clerk-zhao');
INSERT INTO follow_up (id, case_id, reviewed_on, result_code, measures) VALUES
  (1, 4, '2022-12-01', 'A', '回头看：已全部完成。');
INSERT INTO supervision_record (id, case_id, kind, held_on, leader_id, committee_id, participants, notes) VALUES
  (1, 4, 'site_visit', '2022-03-01', 1, 1, '周副主任、魏敏', '现场察看老旧小区改造进度。');
INSERT INTO office_setting (key, value) VALUES ('office_name', '"镇江市人大常委会代表工作委员会"');

INSERT INTO event (id, case_id, action, business_date, recorded_at, user, details) VALUES
  (1, 1, 'register', '2022-01-08', '2022-01-10 09:00:00', 'clerk-zhao', '{"number": "0001", "cosigner_ids": [2, 3]}'),
  (2, 2, 'register', '2022-01-08', '2022-01-10 09:05:00', 'clerk-zhao', '{"number": "0002", "cosigner_ids": [1]}'),
  (3, 3, 'register', '2022-01-08', '2022-01-10 09:10:00', 'clerk-zhao', '{"number": "0003", "cosigner_ids": []}'),
  (4, 4, 'register', '2022-01-08', '2022-01-10 09:15:00', 'clerk-zhao', '{"number": "0004", "cosigner_ids": [2, 4]}'),
  (5, 5, 'register', '2022-01-07', '2022-01-10 09:20:00', 'clerk-zhao', '{"number": "0005", "cosigner_ids": []}'),
  (6, 6, 'register', '2022-01-08', '2022-01-10 09:25:00', 'clerk-zhao', '{"number": "0006", "cosigner_ids": []}'),
  (7, 5, 'convert_to_suggestion', '2022-01-09', '2022-01-10 09:30:00', 'clerk-zhao', '{"decided_by": "大会主席团"}'),
  (8, 6, 'withdraw', '2022-01-15', '2022-01-15 09:00:00', 'clerk-zhao', '{"reason": "代表撤回"}'),
  (9, 2, 'assign', '2022-01-20', '2022-01-20 10:00:00', 'clerk-zhao',
   '{"assignment_id": 1, "unit": "市邮政管理局", "role": "lead", "due_on": "2022-04-20"}'),
  (10, 2, 'assign', '2022-01-20', '2022-01-20 10:00:01', 'clerk-zhao',
   '{"assignment_id": 2, "unit": "市交通运输局", "role": "assisting", "due_on": "2022-02-20"}'),
  (11, 3, 'assign', '2022-01-20', '2022-01-20 10:01:00', 'clerk-zhao',
   '{"assignment_id": 3, "unit": "市交通运输局", "role": "lead", "due_on": "2022-04-20"}'),
  (12, 4, 'assign', '2022-01-20', '2022-01-20 10:02:00', 'clerk-zhao',
   '{"assignment_id": 4, "unit": "市邮政管理局", "role": "lead", "due_on": "2022-04-20"}'),
  (13, 5, 'assign', '2022-01-20', '2022-01-20 10:03:00', 'clerk-zhao',
   '{"assignment_id": 5, "unit": "市中级人民法院", "role": "lead", "due_on": "2022-04-20"}'),
  (14, 2, 'acknowledge', '2022-01-22', '2022-01-22 09:00:00', 'clerk-zhao', '{"assignment_id": 1}'),
  (15, 3, 'reply', '2022-03-01', '2022-03-01 15:00:00', 'clerk-zhao',
   '{"reply_id": 1, "unit": "市交通运输局", "role": "lead", "result_code": "A", "case_state": "replied"}'),
  (16, 4, 'reply', '2022-03-15', '2022-03-15 15:00:00', 'clerk-zhao',
   '{"reply_id": 2, "unit": "市邮政管理局", "role": "lead", "result_code": "A", "case_state": "replied"}'),
  (17, 4, 'supervise', '2022-03-01', '2022-03-01 17:00:00', 'clerk-zhao', '{"kind": "site_visit"}'),
  (18, 4, 'rate', '2022-04-01', '2022-04-01 09:00:00', 'clerk-zhao',
   '{"rating_id": 1, "deputy": "魏敏", "round": 1, "overall": "satisfied"}'),
  (19, 4, 'close', '2022-05-01', '2022-05-01 11:00:00', 'clerk-zhao', '{}'),
  (20, 5, 'reply', '2022-04-25', '2022-04-25 09:00:00', 'clerk-zhao',
   '{"reply_id": 3, "unit": "市中级人民法院", "role": "lead", "result_code": "B", "case_state": "replied"}'),
  (21, 5, 'rate', '2022-05-05', '2022-05-05 09:00:00', 'clerk-zhao',
   '{"rating_id": 2, "deputy": "王芳", "round": 1, "overall": "unsatisfied"}'),
  (22, 4, 'follow_up', '2022-12-01', '2022-12-01 09:00:00', 'clerk-zhao', '{"result_code": "A"}'),
  (23, 2, 'link', '2022-01-20', '2022-01-20 11:00:00', 'clerk-zhao', '{"linked_case_id": 3}'),
  (24, 7, 'register', '2022-06-01', '2022-06-02 09:00:00', 'clerk-li', '{"number": "B001", "cosigner_ids": []}'),
  (25, NULL, 'add_handling_unit', NULL, '2022-01-05 09:00:00', 'clerk-zhao', '{"id": 3, "name": "市中级人民法院"}');
"""

CASES = 7


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def register_at_0001(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """A register kept by the first release; returns every table's rows as written."""
    engine = make_engine(str(path))
    migrate_to(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(path)
    try:
        connection.executescript(REGISTER_0001)
        connection.commit()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    return table_contents(path)


def rows_as_of_0001(path: Path, original: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows of the 0001 tables, in the 0001 columns (later revisions may add columns)."""
    connection = sqlite3.connect(path)
    try:
        result = {}
        for table in original:
            if table == "alembic_version":
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')][: _width(original[table])]
            names = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(str(position) for position in range(1, len(columns) + 1))
            result[table] = connection.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}').fetchall()
        return result
    finally:
        connection.close()


def _width(rows: list[tuple[object, ...]]) -> int:
    return len(rows[0]) if rows else 10_000


def schema(path: Path) -> dict[str, object]:
    """Tables, columns, indexes and foreign keys as SQLite describes them (not the CREATE text)."""
    connection = sqlite3.connect(path)
    try:
        described: dict[str, object] = {}
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            indexes = sorted(
                (name, unique, tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{name}")')))
                for _, name, unique, *_ in connection.execute(f'PRAGMA index_list("{table}")')
            )
            described[table] = (
                [row[1:] for row in connection.execute(f'PRAGMA table_info("{table}")')],
                indexes,
                sorted(row[2:5] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')),
            )
        return described
    finally:
        connection.close()


def assert_first_release_rows(path: Path, original: dict[str, list[tuple[object, ...]]]) -> None:
    """Every row written at 0001 is there, field for field; the settings table may have gained the
    defaults of later revisions next to the office's own rows."""
    now = rows_as_of_0001(path, original)
    assert set(original["office_setting"]) <= set(now.pop("office_setting"))
    assert now == {t: rows for t, rows in original.items() if t not in ("alembic_version", "office_setting")}


def test_a_register_of_the_first_release_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    original = register_at_0001(path)
    db = open_database(str(path), backups=NO_BACKUPS)
    try:
        assert db.migration is not None and (db.migration.before, db.migration.after) == ("0001", head_revision())
        assert db.migration.backup is not None and table_contents(db.migration.backup) == original
        # Every row of the first release is there, field for field.
        assert_first_release_rows(path, original)
        # The settings arrived (0002, 0003) next to the office's own row.
        # The office's own row, kept since the first release, is read as the letters' signature now.
        assert get_settings(db).reply_due_months == 3
        assert get_settings(db).office_name == "镇江市人大常委会代表工作委员会"
        # The derived tables are filled, and equal to a rebuild from the histories.
        with db.rehearsal(Permission.EDIT_CASES) as session:
            kept = {
                model.__tablename__: sorted(tuple(row) for row in session.execute(select(model.__table__)))
                for model in (CaseFactRow, UnitFactRow)
            }
            assert {row[kept_index(CaseFactRow)] for row in kept["case_fact"]} == set(range(1, CASES + 1))
            rebuild_all_facts(session.connection())
            rebuilt = {
                model.__tablename__: sorted(tuple(row) for row in session.execute(select(model.__table__)))
                for model in (CaseFactRow, UnitFactRow)
            }
            assert rebuilt == kept
        assert {row[0] for row in table_contents(path)["case_text"]} >= {"0001", "0002", "B001"}
        assert count_matching(db, CaseQuery(text="停车难")) == 1
        assert [item.number for item in fetch_page(db, CaseQuery(text="议案"), 0, 10)] == ["0005", "B001"]
        # The program reads each case, its history and the year's figures.
        for case_id in range(1, CASES + 1):
            detail = case_detail(db, case_id)
            assert detail.summary.number == original["case_record"][case_id - 1][2]
            assert len(detail.events) == sum(1 for e in original["event"] if e[1] == case_id)
        assert case_detail(db, 5).summary.kind is CaseKind.SUGGESTION
        figures = compute_statistics(db, 2022, as_of=date(2022, 12, 31)).figures
        assert (figures.total, figures.replied, figures.resolved, figures.rated, figures.satisfied) == (5, 3, 2, 2, 1)
    finally:
        db.close()


def kept_index(model: type[CaseFactRow]) -> int:
    return [column.name for column in model.__table__.columns].index("case_id")


def test_the_upgraded_schema_equals_a_new_database(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite", tmp_path / "new.sqlite"
    register_at_0001(old)
    open_database(str(old), backups=NO_BACKUPS).close()
    open_database(str(new), backups=NO_BACKUPS).close()
    assert schema(old) == schema(new)


def test_downgrade_to_0001_and_to_base_then_upgrade_again(tmp_path: Path) -> None:
    path = tmp_path / "casebook.sqlite"
    original = register_at_0001(path)
    engine = make_engine(str(path))
    try:
        migrate_to(engine, "head")
        migrate_to(engine, "0001")
        assert table_contents(path) == original  # down again: exactly the first release's register
        migrate_to(engine, "head")
        assert_first_release_rows(path, original)
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT count(DISTINCT case_id) FROM case_fact").fetchone() == (CASES,)
            assert connection.execute("SELECT count(*) FROM case_text").fetchone() == (CASES,)
        migrate_to(engine, "base")
        with sqlite3.connect(path) as connection:
            tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"alembic_version"}  # every table of ours is gone, and nothing else was left behind
        migrate_to(engine, "head")
    finally:
        engine.dispose()
    fresh = tmp_path / "fresh.sqlite"
    open_database(str(fresh), backups=NO_BACKUPS).close()
    assert schema(path) == schema(fresh)


FAILING_REVISION = '''"""a revision that fails halfway (written by the migration safety test)

Revision ID: 9990_fails_halfway
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9990_fails_halfway"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_record") as batch_op:
        batch_op.add_column(sa.Column("scratch", sa.Text(), nullable=True))
    op.execute("UPDATE case_record SET title = 'overwritten', scratch = 'x'")
    op.execute("DELETE FROM case_cosigner")  # (events may not be deleted at all since 0011)
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    raise RuntimeError("this migration fails halfway")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def failing_scripts(tmp_path: Path) -> Path:
    """A copy of the program's migrations folder with one more revision that raises halfway."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9990_fails_halfway.py").write_text(
        FAILING_REVISION.format(down=head_revision()), encoding="utf-8"
    )
    return scripts


@pytest.mark.parametrize("start", ["0001", "head"])
def test_a_migration_that_fails_halfway_leaves_the_file_as_it_was(
    tmp_path: Path, failing_scripts: Path, start: str
) -> None:
    path = tmp_path / "office" / "casebook.sqlite"
    path.parent.mkdir()
    register_at_0001(path)
    if start == "head":
        engine = make_engine(str(path))
        migrate_to(engine, "head", backup=False)
        engine.dispose()
    before_bytes, before_rows, before_schema = digest(path), table_contents(path), schema(path)
    engine = make_engine(str(path))
    try:
        with pytest.raises(RuntimeError, match="fails halfway"):
            migrate_to(engine, "head", scripts=failing_scripts)
    finally:
        engine.dispose()
    assert table_contents(path) == before_rows and schema(path) == before_schema
    assert digest(path) == before_bytes
    (backup,) = path.parent.glob("casebook.*.before-9990_fails_halfway.sqlite")
    assert table_contents(backup) == before_rows
    # The program (without the failing revision) still opens the file and upgrades it normally.
    db = open_database(str(path), backups=NO_BACKUPS)
    try:
        assert db.migration is not None and db.migration.after == head_revision()
        assert case_detail(db, 4).summary.title == "关于推进老旧小区改造的建议"
    finally:
        db.close()


def test_a_backup_whose_upgrade_fails_is_not_restored(tmp_path: Path, failing_scripts: Path) -> None:
    """Restoring upgrades a private copy of the backup first: when that fails, the database and the
    chosen file are as they were."""
    backup = tmp_path / "from-2022.sqlite"
    register_at_0001(backup)
    database = tmp_path / "office" / "casebook.sqlite"
    open_database(str(database), backups=NO_BACKUPS).close()
    before, chosen = digest(database), digest(backup)
    with pytest.raises(BackupError, match=r"could not be brought to this program's schema .*fails halfway"):
        restore_backup(database, backup, scripts=failing_scripts)
    assert digest(database) == before and digest(backup) == chosen
    assert sorted(p.name for p in database.parent.iterdir()) == ["casebook.sqlite"]
