"""The SQL of the case list's first page for SQLite, read before SQLAlchemy is imported
(casebook.services.queries.first_page). Written by tools/write_first_page_sql.py from the search
service's statements (casebook.services.queries.case_search.first_page_statements) and the
migrations' head: do not edit; run the tool (a test checks this file against it)."""

# ruff: noqa: E501

HEAD_REVISION = "0018"  # the schema these statements read
PAGE = 200
COUNT_CAP = 1000
ANY_ACCOUNT = "SELECT account.id FROM account LIMIT 1 OFFSET 0"
COUNT = "SELECT count(*) AS count_1 FROM (SELECT case_record.id AS id FROM case_record LIMIT 1000 OFFSET 0) AS anon_1"
PAGE_IDS = "SELECT case_record.id FROM case_record ORDER BY case_record.list_order, case_record.id LIMIT 200 OFFSET 0"
ITEMS = "SELECT case_record.id, congress_session.name, case_record.number, case_record.kind, case_record.title, case_record.state, case_record.submitted_on, deputy.name AS name_1, case_record.is_key FROM case_record JOIN congress_session ON congress_session.id = case_record.session_id LEFT OUTER JOIN deputy ON deputy.id = case_record.lead_deputy_id WHERE case_record.id IN (SELECT case_record.id FROM case_record ORDER BY case_record.list_order, case_record.id LIMIT 200 OFFSET 0)"
LEAD_UNITS = "SELECT assignment.case_id, handling_unit.name FROM assignment JOIN handling_unit ON handling_unit.id = assignment.unit_id JOIN case_record ON case_record.id = assignment.case_id WHERE assignment.case_id IN (SELECT case_record.id FROM case_record ORDER BY case_record.list_order, case_record.id LIMIT 200 OFFSET 0) AND assignment.role = 'lead' AND assignment.status = 'active' AND assignment.handling_round = case_record.handling_round ORDER BY assignment.case_id, assignment.id"
