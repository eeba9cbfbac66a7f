"""The schema Alembic builds is the schema the models describe, and every revision
upgrades a database made at the revision before it without losing its rows."""

import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from workbench.db.models import SEARCH_INDEXES, Base
from workbench.db.revisions import SCHEMA_HEAD, alembic_config, head_revision


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name.startswith(SEARCH_INDEXES))


# For each revision: rows to put in a database at that revision, and a check that they
# are still right after upgrading to head. A new revision adds its entry here.
SEED_AT = {
    "0001_roster": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01 00:00:00')",
            "INSERT INTO employees (employee_no, name, team_id, role, status, hire_date, created_at, updated_at) "
            "VALUES ('001001', '张伟', 1, '组长', 'active', '2020-03-05', '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
        ],
        "SELECT e.employee_no || ' ' || e.name || ' ' || t.name || ' ' || e.hire_date "
        "FROM employees e JOIN teams t ON t.id = e.team_id",
        "001001 张伟 服务一组 2020-03-05",
    ),
    "0002_checklists": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01 00:00:00')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, created_at, updated_at) "
            "VALUES (7, '001001', '张伟', 1, '组长', 'active', '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
            "INSERT INTO preferences (key, value) VALUES ('me', '7')",
            "INSERT INTO checklist_items (id, owner_id, active_from, updated_at, position, category, work, "
            "requirement, deliverable, frequency) VALUES (3, 7, '2026-11-02', '2026-11-02 00:00:00', 0, 'people', "
            "'排班', '', '班表', 'weekly')",
            "INSERT INTO checklist_occurrences (item_id, owner_id, period_start, period_end, due_date, category, "
            "frequency, work, requirement, deliverable, status, done_on, note, skip_reason, updated_at) VALUES "
            "(3, 7, '2026-11-02', '2026-11-08', '2026-11-06', 'people', 'weekly', '排班', '', '班表', 'done', "
            "'2026-11-05', '已公示', '', '2026-11-05 09:00:00')",
        ],
        "SELECT p.value || ' ' || o.work || ' ' || o.status || ' ' || o.done_on || ' ' || o.note "
        "FROM checklist_occurrences o JOIN preferences p ON p.key = 'me'",
        "7 排班 done 2026-11-05 已公示",
    ),
    "0003_liaisons": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO pairings (liaison_id, employee_id, start_date, manual) VALUES (1, 2, '2026-09-01', false)",
            "INSERT INTO talks (id, employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, emotion, private_note, created_at, updated_at) VALUES (5, 2, 1, '2026-10-20', 'monthly', "
            "'夜班后睡不好', '', '', '调整排班', '低落', '家里老人住院', '2026-10-20', '2026-10-20')",
            "INSERT INTO follow_ups (id, talk_id, employee_id, kind, description, owner, raised_at, status, "
            "updated_at) VALUES (8, 5, 2, 'follow_up', '避开连续夜班', '组长丙', '2026-10-20', 'done', '2026-10-28')",
            "INSERT INTO follow_up_events (follow_up_id, at, status, note) VALUES (8, '2026-10-28', 'done', '已调班')",
        ],
        "SELECT p.start_date || ' ' || t.emotion || ' ' || n.note || ' ' || f.description || ' ' || e.note "
        "FROM talks t JOIN pairings p ON p.employee_id = t.employee_id JOIN follow_ups f ON f.talk_id = t.id "
        "JOIN follow_up_events e ON e.follow_up_id = f.id JOIN talk_private_notes n ON n.talk_id = t.id "
        "AND n.author_id = t.liaison_id",
        "2026-09-01 低落 家里老人住院 避开连续夜班 已调班",
    ),
    "0004_talk_search": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO talks (employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, private_note, created_at, updated_at) VALUES (2, 1, '2026-10-20', 'monthly', "
            "'夜班后睡不好', '', '', '调整排班', '', '2026-10-20', '2026-10-20')",
        ],
        "SELECT pain_points FROM talks WHERE id IN (SELECT rowid FROM talks_fts WHERE talks_fts MATCH '\"睡不好\"')",
        "夜班后睡不好",
    ),
    "0005_two_character_search": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO talks (employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, private_note, created_at, updated_at) VALUES (2, 1, '2026-10-20', 'monthly', "
            "'夜班后睡不好', '', '', '希望调整排班', '', '2026-10-20', '2026-10-20')",
        ],
        "SELECT guidance FROM talks WHERE id IN (SELECT rowid FROM talks_fts WHERE talks_fts MATCH '\"排班\x1f\"')",
        "希望调整排班",
    ),
    "0006_trash": (
        [
            "INSERT INTO trash (kind, label, removed_at, rows) VALUES "
            "('talk', '2026-10-20 坐席丁 月度谈心谈话', '2026-11-23', '{\"talks\": []}')",
        ],
        "SELECT label || ' ' || rows FROM trash",
        '2026-10-20 坐席丁 月度谈心谈话 {"talks": []}',
    ),
    "0007_practices": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO suggestions (id, author_id, quarter, submitted_on, type, title, content, owner, status, "
            "decline_reason, updated_at) VALUES (4, 1, '2026-Q4', '2026-10-09', 'process', '简化挂失流程', '', "
            "'业务部', 'accepted', '', '2026-10-10')",
            "INSERT INTO growth_records (employee_id, month, qa_score, satisfaction, week_1, growth_plan, evaluation, "
            "advice, updated_at) VALUES (2, '2026-10', 92.5, 98.1, 88, '', '进步明显', '', '2026-10-31')",
            "INSERT INTO account_entries (employee_id, account, entry_date, description, created_at) VALUES "
            "(2, 'stress', '2026-10-20', '调开连续夜班', '2026-10-20')",
        ],
        "SELECT s.title || ' ' || s.status || ' ' || g.qa_score || ' ' || g.evaluation || ' ' || a.description "
        "FROM suggestions s, growth_records g, account_entries a",
        "简化挂失流程 accepted 92.5 进步明显 调开连续夜班",
    ),
    "0008_center_server": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '助理乙', '助理经理', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01')",
            "INSERT INTO team_supervisors (team_id, supervisor_id) VALUES (1, 1)",
            "INSERT INTO center_logins (login, employee_id, access, disabled, created_at) "
            "VALUES ('bing', 2, 'leader', false, '2026-11-23')",
            "INSERT INTO talks (id, employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, created_at, updated_at) VALUES (5, 2, 1, '2026-10-20', 'monthly', '', '', '', '', "
            "'2026-10-20', '2026-10-20')",
            "INSERT INTO talk_private_notes (talk_id, author_id, note) VALUES (5, 1, '家里老人住院')",
        ],
        "SELECT l.login || ' ' || e.name || ' ' || s.name || ' ' || t.version || ' ' || n.note "
        "FROM center_logins l JOIN employees e ON e.id = l.employee_id JOIN team_supervisors m ON m.team_id = 1 "
        "JOIN employees s ON s.id = m.supervisor_id JOIN talks t ON t.liaison_id = 1 "
        "JOIN talk_private_notes n ON n.talk_id = t.id",
        "bing 组长丙 助理乙 1 家里老人住院",
    ),
    "0009_moving_in": (
        [
            "INSERT INTO moved_records (source, table_name, local_id, center_id, moved_at) "
            "VALUES ('6f1c0b7e-3a52-4d8e-9a43-2b7f0c9d1e55', 'talks', 5, 41, '2026-11-24 09:00:00')",
        ],
        "SELECT table_name || ' ' || local_id || ' ' || center_id FROM moved_records",
        "talks 5 41",
    ),
    "0010_private_drafts": (
        [
            "INSERT INTO trash (kind, label, removed_at, rows, talk_id) "
            "VALUES ('private_note', '2026-10-20 坐席丁', '2026-12-01', '{}', 5)",
            "INSERT INTO drafts (author_id, key, content, saved_at) "
            "VALUES (2, 'talk:2-3', '{\"private_note\": \"家里老人住院\"}', '2026-12-01')",
        ],
        "SELECT t.kind || ' ' || t.talk_id || ' ' || d.key || ' ' || d.content FROM trash t, drafts d",
        'private_note 5 talk:2-3 {"private_note": "家里老人住院"}',
    ),
    "0011_team_spells": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01'), (2, '服务二组', '2025-01-01')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, created_at, updated_at) VALUES "
            "(1, '1', '坐席丁', 2, '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO team_spells (employee_id, team_id, start_date, end_date, created_at) VALUES "
            "(1, 1, '2024-03-01', '2026-10-31', '2026-11-01'), (1, 2, '2026-11-01', NULL, '2026-11-01')",
        ],
        "SELECT MIN(s.start_date) || ' ' || COUNT(*) || ' ' || MAX(t.name) FROM team_spells s "
        "JOIN teams t ON t.id = s.team_id WHERE s.end_date IS NULL OR s.end_date = '2026-10-31'",
        "2024-03-01 2 服务二组",
    ),
    "0012_due_days_as_said": (
        [
            "INSERT INTO checklist_templates (id, role, name, updated_at) VALUES (1, '组长', '组长清单', '2026-12-01')",
            "INSERT INTO template_items (template_id, position, category, work, requirement, deliverable, frequency, "
            "due_day) VALUES (1, 0, 'business', '“三个一”调研', '', '', 'quarterly', 81)",
        ],
        "SELECT work || ' ' || due_day FROM template_items",
        "“三个一”调研 81",
    ),
    "0013_indicators": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, created_at, updated_at) VALUES "
            "(1, '1', '坐席丁', 1, '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO indicator_days (day, employee_id, indicator_id, value) VALUES "
            "('2026-11-02', 1, (SELECT id FROM indicators WHERE key = 'satisfaction'), 0.952)",
            "INSERT INTO indicator_months (month, employee_id, indicator_id, value, day_count) VALUES "
            "('2026-11', 1, (SELECT id FROM indicators WHERE key = 'satisfaction'), 0.952, 1)",
            "INSERT INTO indicator_targets (indicator_id, team_id, month, value, updated_at) VALUES "
            "((SELECT id FROM indicators WHERE key = 'satisfaction'), 1, '2026-11', 0.95, '2026-11-01')",
        ],
        "SELECT i.name || ' ' || d.day || ' ' || d.value || ' ' || m.day_count || ' ' || t.value "
        "FROM indicator_days d JOIN indicators i ON i.id = d.indicator_id "
        "JOIN indicator_months m ON m.employee_id = d.employee_id AND m.indicator_id = d.indicator_id "
        "JOIN indicator_targets t ON t.indicator_id = d.indicator_id",
        "满意度 2026-11-02 0.952 1 0.95",
    ),
    "0017_talk_themes": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO talks (id, employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, created_at, updated_at) VALUES (5, 2, 1, '2026-10-20', 'monthly', '夜班后睡不好', '', '', "
            "'', '2026-10-20', '2026-10-20')",
            "INSERT INTO talk_themes (talk_id, theme, employee_id, liaison_id, talk_date) "
            "VALUES (5, '夜班', 2, 1, '2026-10-20')",
        ],
        "SELECT theme || ' ' || talk_date FROM talk_themes",
        "夜班 2026-10-20",
    ),
    "0015_listening_calibration": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, created_at, updated_at) VALUES "
            "(1, '1', '坐席丁', 1, '客户代表', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '组长丙', 1, '组长', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO listened_calls (leader_id, agent_id, listened_on, call_ref, kind, points_lost, highlights, "
            "advice, updated_at) VALUES (2, 1, '2026-11-02', 'R001', 'complaint', 3, '', '先安抚情绪', '2026-11-02')",
            "INSERT INTO calibration_sessions (id, held_on, title, organizer_id, minutes, updated_at) VALUES "
            "(1, '2026-11-20', '十一月校准会', 2, '', '2026-11-20')",
            "INSERT INTO calibration_calls (id, session_id, position, call_ref, agreed_score) "
            "VALUES (1, 1, 0, 'R001', 90)",
            "INSERT INTO calibration_evaluators (session_id, employee_id) VALUES (1, 2)",
            "INSERT INTO calibration_scores (call_id, evaluator_id, item, session_id, score) VALUES (1, 2, '', 1, 86)",
        ],
        "SELECT l.kind || ' ' || l.advice || ' ' || CAST(c.agreed_score AS INTEGER) || ' ' || CAST(s.score AS INTEGER) "
        "FROM listened_calls l "
        "JOIN calibration_calls c ON c.call_ref = l.call_ref JOIN calibration_scores s ON s.call_id = c.id",
        "complaint 先安抚情绪 90 86",
    ),
    "0016_attention": (
        [
            "INSERT INTO employees (id, employee_no, name, role, status, created_at, updated_at) VALUES "
            "(1, '1', '组长丙', '组长', 'active', '2025-01-01', '2025-01-01'), "
            "(2, '2', '坐席丁', '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO attention_marks (employee_id, author_id, marked_on, quiet_until, note, created_at) VALUES "
            "(2, 1, '2026-11-20', '2026-12-04', '已约周五面谈', '2026-11-20')",
        ],
        "SELECT e.name || ' ' || m.quiet_until || ' ' || m.note || ' ' || m.version "
        "FROM attention_marks m JOIN employees e ON e.id = m.employee_id",
        "坐席丁 2026-12-04 已约周五面谈 1",
    ),
    "0014_cards_appeals": (
        [
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, created_at, updated_at) VALUES "
            "(1, '1', '坐席丁', 1, '客户代表', 'active', '2025-01-01', '2025-01-01')",
            "INSERT INTO performance_cards (id, employee_id, month, team_id, strengths, improve, comment, "
            "disagreement, created_at, updated_at) VALUES (1, 1, '2026-11', 1, '耐心', '提速', '继续保持', '', "
            "'2026-12-01', '2026-12-01')",
            "INSERT INTO appeals (employee_id, team_id, raised_on, subject, month, reason, evaluator, due_on, "
            "card_id, answer, updated_at) VALUES (1, 1, '2026-12-01', 'qa', '2026-11', '录音被误判', '质检甲', "
            "'2026-12-04', 1, '', '2026-12-01')",
        ],
        "SELECT c.strengths || ' ' || a.evaluator || ' ' || a.due_on FROM performance_cards c "
        "JOIN appeals a ON a.card_id = c.id",
        "耐心 质检甲 2026-12-04",
    ),
}


# What a revision's check reads on PostgreSQL where its SQLite one reads SQLite's own text
# index (FTS5, which PostgreSQL has no need of: it searches with LIKE).
POSTGRES_QUERY = {
    "0004_talk_search": "SELECT pain_points FROM talks WHERE pain_points LIKE '%睡不好%'",
    "0005_two_character_search": "SELECT guidance FROM talks WHERE guidance LIKE '%排班%'",
}


def revisions_oldest_first():
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def upgrade(engine, target):
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def test_the_head_the_app_checks_first_is_alembics_head():
    assert SCHEMA_HEAD == head_revision()


def test_every_revision_has_seed_data():
    assert set(revisions_oldest_first()) == set(SEED_AT)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_engine(request, tmp_path):
    """An engine on an empty database: a SQLite file, or a database on the test server."""
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        yield engine
    else:
        server = request.getfixturevalue("postgres_server")
        name = f"empty_{uuid.uuid4().hex[:12]}"
        server.admin(f"CREATE DATABASE {name}")
        engine = create_engine(server.url(name))
        yield engine
        engine.dispose()
        server.admin(f"DROP DATABASE {name} WITH (FORCE)")
    engine.dispose()


@pytest.mark.parametrize("revision", revisions_oldest_first())
def test_data_made_at_each_revision_survives_the_upgrade_to_head(empty_engine, revision):
    engine = empty_engine
    upgrade(engine, revision)
    statements, query, expected = SEED_AT[revision]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    upgrade(engine, "head")
    if engine.dialect.name == "postgresql":
        query = POSTGRES_QUERY.get(revision, query)
    with engine.connect() as connection:
        assert connection.execute(text(query)).scalar() == expected
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
    engine.dispose()


def test_team_spells_start_where_the_roster_history_does(empty_engine):
    """0010 gives everyone in a team one open spell there: from the hire date, else from
    the earliest thing recorded about them; nobody without a team gets one."""
    engine = empty_engine
    upgrade(engine, "0009_moving_in")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO teams (id, name, created_at) VALUES (1, '服务一组', '2025-01-01 08:00:00')",
            "INSERT INTO employees (id, employee_no, name, team_id, role, status, hire_date, left_date, "
            "created_at, updated_at) VALUES "
            "(1, '1', '组长丙', 1, '组长', 'active', NULL, NULL, '2026-11-20 08:00:00', '2026-11-20 08:00:00'), "
            "(2, '2', '坐席丁', 1, '客户代表', 'active', '2021-03-05', NULL, '2026-11-20 08:00:00', "
            "'2026-11-20 08:00:00'), "
            "(3, '3', '坐席戊', 1, '客户代表', 'left', NULL, '2026-10-20', '2026-11-20 08:00:00', "
            "'2026-11-20 08:00:00'), "
            "(4, '4', '经理甲', NULL, '经理', 'active', NULL, NULL, '2026-11-20 08:00:00', '2026-11-20 08:00:00')",
            "INSERT INTO pairings (liaison_id, employee_id, start_date, manual) VALUES (1, 3, '2026-11-20', false)",
            "INSERT INTO talks (employee_id, liaison_id, talk_date, kind, pain_points, work_status, problems, "
            "guidance, created_at, updated_at) VALUES (3, 1, '2026-09-14', 'monthly', '夜班', '', '', '', "
            "'2026-11-20 08:00:00', '2026-11-20 08:00:00')",
        ):
            connection.execute(text(statement))
    upgrade(engine, "head")
    with engine.connect() as connection:
        spells = connection.execute(
            text("SELECT employee_id, team_id, start_date, end_date FROM team_spells ORDER BY employee_id")
        ).all()
    engine.dispose()
    assert [(person, team, str(start), end) for person, team, start, end in spells] == [
        (1, 1, "2026-09-14", None),  # the first talk they held
        (2, 1, "2021-03-05", None),  # hired
        (3, 1, "2026-09-14", None),  # the first talk about them; leaving ends no spell
    ]


def test_the_migrated_schema_matches_the_models(empty_engine):
    engine = empty_engine
    upgrade(engine, "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def schema_objects(connection) -> set[tuple[str, str]]:
    """Every table, index, trigger, function and role the database holds: the models'
    and those the models do not describe (the text indexes, the center's rules)."""
    if connection.dialect.name == "sqlite":
        query = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    else:
        query = (
            "SELECT 'table', tablename FROM pg_tables WHERE schemaname = 'public' "
            "UNION SELECT 'index', indexname FROM pg_indexes WHERE schemaname = 'public' "
            "UNION SELECT 'trigger', tgname FROM pg_trigger WHERE NOT tgisinternal "
            "UNION SELECT 'function', proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
            "UNION SELECT 'type', typname FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typelem = 0 "
            "AND typrelid = 0"
        )
    return set(connection.execute(text(query)).all())


def test_downgrade_to_nothing_and_back(empty_engine):
    """Down to before the first revision leaves nothing of the workbench behind; up again
    makes the same schema as the first time, at the head revision."""
    engine = empty_engine
    upgrade(engine, "head")
    with engine.connect() as connection:
        made = schema_objects(connection)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        left, emptied = schema_objects(connection), MigrationContext.configure(connection).get_current_revision()
    upgrade(engine, "head")
    with engine.connect() as connection:
        remade, revision = schema_objects(connection), MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    assert {name for _kind, name in left} <= {"alembic_version", "alembic_version_pkc"}  # Alembic's own, emptied
    assert emptied is None
    assert ("table", "talks") in made
    assert remade == made
    assert revision == head_revision()


def test_due_days_counted_from_the_periods_start_become_days_as_people_say_them(empty_engine):
    engine = empty_engine
    upgrade(engine, "0011_team_spells")
    with engine.begin() as connection:
        connection.execute(text(SEED_AT["0012_due_days_as_said"][0][0]))
        connection.execute(
            text(
                "INSERT INTO template_items (template_id, position, category, work, requirement, deliverable, "
                "frequency, due_day) VALUES (1, 0, 'business', '季度', '', '', 'quarterly', 80), "
                "(1, 1, 'business', '半年', '', '', 'half_yearly', 170), (1, 2, 'business', '月度', '', '', 'monthly', 25),"
                " (1, 3, 'business', '每周', '', '', 'weekly', 5)"
            )
        )
    upgrade(engine, "head")
    with engine.connect() as connection:
        days = dict(connection.execute(text("SELECT work, due_day FROM template_items")).all())
    engine.dispose()
    # The 80th day of a fourth quarter is 19 December: its third month's 19th; the 170th of
    # a second half-year 17 December: its sixth month's 17th. Months and weeks keep theirs.
    assert days == {"季度": 2 * 31 + 19, "半年": 5 * 31 + 17, "月度": 25, "每周": 5}


def test_the_talks_recorded_before_get_their_themes(empty_engine):
    """Upgrading fills the themes index from the talks already there (never the private note)."""
    engine = empty_engine
    upgrade(engine, "0013_indicators")
    with engine.begin() as connection:
        connection.execute(text(SEED_AT["0017_talk_themes"][0][0]))
        connection.execute(
            text(
                "INSERT INTO talks (id, employee_id, liaison_id, talk_date, kind, pain_points, work_status, "
                "problems, guidance, created_at, updated_at) VALUES (5, 2, 1, '2026-10-20', 'monthly', "
                "'夜班后睡不好', '', '排班调整不合理', '', '2026-10-20', '2026-10-20')"
            )
        )
        connection.execute(
            text("INSERT INTO talk_private_notes (talk_id, author_id, note) VALUES (5, 1, '家里老人住院')")
        )
    upgrade(engine, "head")
    with engine.connect() as connection:
        found = set(connection.execute(text("SELECT theme FROM talk_themes WHERE talk_id = 5")).scalars())
    assert {"夜班", "排班调整"} <= found
    assert not any("老人" in theme or "住院" in theme for theme in found)
    engine.dispose()
