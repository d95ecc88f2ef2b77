"""The register workbook (sheet 1 「台账」, sheet 2 「办理过程」) of a database, written by the test
itself in the exchange format, so the import can be checked against it without the exporter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from casebook.domain.enums import AssignmentRole, CaseKind, CaseState, ContactMethod, ContactPerson, SupervisionKind
from casebook.domain.workflow import Action
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_listing import iter_case_rows
from casebook.services.queries.case_views import case_detail
from casebook.store.database import Database

REGISTER_HEADERS = [
    "届次会议",
    "编号",
    "类型",
    "标题",
    "提出日期",
    "领衔代表",
    "联名代表",
    "代表团",
    "类别",
    "重点督办",
    "确定机关",
    "督办领导",
    "督办专委会",
    "领衔办理领导",
    "主办单位",
    "协办单位",
    "分办单位",
    "交办日期",
    "答复期限",
    "签收日期",
    "答复日期",
    "办理结果",
    "沟通方式",
    "代表意见",
    "测评日期",
    "办理状态",
    "办结日期",
    "督办次数",
    "备注",
]
HISTORY_HEADERS = [
    "届次会议",
    "编号",
    "步骤",
    "日期",
    "单位",
    "角色",
    "办理轮次",
    "答复期限",
    "办理结果",
    "沟通方式",
    "沟通人员",
    "代表",
    "测评意见",
    "办理工作测评",
    "办理结果测评",
    "说明",
]
KINDS = {CaseKind.MOTION: "议案", CaseKind.SUGGESTION: "建议"}
STATES = dict(zip(CaseState, ("已登记", "已交办", "已答复", "已测评", "已办结", "已撤回"), strict=True))
ROLES = {AssignmentRole.LEAD: "主办单位", AssignmentRole.ASSISTING: "协办单位", AssignmentRole.SEPARATE: "分办单位"}
METHODS = dict(zip(ContactMethod, ("当面沟通", "座谈会", "电话", "书面函复"), strict=True))
PERSONS = dict(zip(ContactPerson, ("主要负责人", "分管负责人", "处（科）室负责人", "经办人员"), strict=True))
SUPERVISION = dict(zip(SupervisionKind, ("座谈会", "实地察看", "推进会", "电话", "发文督办"), strict=True))
STEPS = {
    Action.ASSIGN: "交办",
    Action.ACKNOWLEDGE: "签收",
    Action.CHANGE_UNIT: "调整承办单位",
    Action.REPLY: "答复",
    Action.RATE: "测评",
    Action.REHANDLE: "重新办理",
    Action.CLOSE: "办结",
    Action.FOLLOW_UP: "回头看",
    Action.CONVERT_TO_SUGGESTION: "转为建议",
    Action.WITHDRAW: "撤回",
    Action.SUPERVISE: "督办",
    Action.LINK: "并案",
}


def write_register(db: Database, path: Path) -> Path:
    labels = {o.code: o.label for o in get_settings(db).rating_options}
    book = openpyxl.Workbook()
    register = book.active
    assert register is not None
    register.title = "台账"
    register.append(["代表建议办理台账"])
    register.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(REGISTER_HEADERS))
    register.append(REGISTER_HEADERS)
    history = book.create_sheet("办理过程")
    history.append(["办理过程"])
    history.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HISTORY_HEADERS))
    history.append(HISTORY_HEADERS)
    numbers: dict[int, tuple[str, str]] = {}
    rows = list(iter_case_rows(db))
    for row in rows:
        numbers[row.id] = (row.session, row.number)
    for row in rows:
        register.append(
            [
                row.session,
                row.number,
                KINDS[row.kind],
                row.title,
                row.submitted_on,
                row.lead_deputy,
                "、".join(row.cosigners) or None,
                row.delegation,
                row.category,
                "是" if row.is_key else "否",
                row.key_designated_by,
                row.supervising_leader,
                row.supervising_committee,
                row.leading_leader,
                "、".join(row.lead_units) or None,
                "、".join(row.assisting_units) or None,
                "、".join(row.separate_units) or None,
                row.assigned_on,
                row.due_on,
                row.acknowledged_on,
                row.replied_on,
                row.result_code,
                METHODS[row.contact_method] if row.contact_method else None,
                labels.get(row.rating or "", row.rating),
                row.rated_on,
                STATES[row.state],
                row.closed_on,
                row.supervision_count,
                row.remarks,
            ]
        )
        for step in case_steps(db, row.id, numbers, labels):
            history.append(step)
    for sheet in (register, history):
        for cells in sheet.iter_rows(min_row=3):
            for cell in cells:
                if hasattr(cell.value, "year"):
                    cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def case_steps(
    db: Database, case_id: int, numbers: dict[int, tuple[str, str]], labels: dict[str, str]
) -> list[list[Any]]:
    """The case's steps from its events (the order they were typed in, which the demo keeps in
    business-date order), with what the event does not say read from the handling records."""
    detail = case_detail(db, case_id)
    session, number = numbers[case_id]
    assignments = {a.id: a for a in detail.assignments}
    replies = {r.id: r for r in detail.replies}
    ratings = {r.id: r for r in detail.ratings}
    supervision = {s.id: s for s in detail.supervision}
    steps = []
    for event in detail.events:
        if event.action not in {a.value for a in STEPS}:
            continue
        action, d = Action(event.action), event.details
        unit = role = round_ = due = result = method = person = deputy = overall = handling = result_level = None
        note: str | None = None
        if action in (Action.ASSIGN, Action.ACKNOWLEDGE):
            a = assignments[d["assignment_id"]]
            unit, role, round_ = a.unit, ROLES[a.role], a.handling_round
            due = a.due_on if action is Action.ASSIGN else None
        elif action is Action.CHANGE_UNIT:
            a = assignments[d["new_assignment_id"]]
            unit, role, round_, due, note = (
                a.unit,
                ROLES[a.role],
                a.handling_round,
                a.due_on,
                f"原单位：{d['old_unit']}",
            )
        elif action is Action.REPLY:
            r = replies[d["reply_id"]]
            unit, role, round_, result = r.unit, ROLES[r.role], r.handling_round, r.result_code
            method = METHODS[r.contact_method] if r.contact_method else None
            person = PERSONS[r.contact_person] if r.contact_person else None
            note = r.opinion if r.role is AssignmentRole.ASSISTING else r.summary
        elif action is Action.RATE:
            rating = ratings[d["rating_id"]]
            deputy, round_, note = rating.deputy, rating.handling_round, rating.comment
            overall = labels[rating.overall]
            handling = labels.get(rating.handling_level or "")
            result_level = labels.get(rating.result_level or "")
        elif action is Action.REHANDLE:
            round_, due = d["round"], d["due_on"]
        elif action is Action.FOLLOW_UP:
            result, note = d["result_code"], d.get("measures")
        elif action in (Action.WITHDRAW, Action.CLOSE):
            note = d.get("reason")  # a close's reason: 代表同意办结 on an unsatisfied rating
        elif action is Action.CONVERT_TO_SUGGESTION:
            note = d.get("decided_by")
        elif action is Action.SUPERVISE:
            record = supervision[d["record_id"]]
            note = f"{SUPERVISION[record.kind]}：{record.notes}" if record.notes else SUPERVISION[record.kind]
        elif action is Action.LINK:
            other_session, other_number = numbers[d["other_case_id"]]
            note = other_number if other_session == session else f"{other_session}第{other_number}号"
        steps.append(
            [
                session,
                number,
                STEPS[action],
                event.business_date,
                unit,
                role,
                round_,
                due,
                result,
                method,
                person,
                deputy,
                overall,
                handling,
                result_level,
                note,
            ]
        )
    return steps
