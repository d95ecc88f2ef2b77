"""The closed vocabularies of the register, with their translatable labels."""

from __future__ import annotations

from enum import StrEnum

from casebook.i18n import noop, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        # Keyed by (enum, value): members of different enums with the same value ("meeting",
        # "government", "phone") are equal as strings and would otherwise share one label.
        return translate("Enum", _LABELS[(type(self), self.value)])


class CaseKind(LabelledEnum):
    MOTION = "motion"  # 议案
    SUGGESTION = "suggestion"  # 建议、批评和意见


class CaseState(LabelledEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    REPLIED = "replied"
    RATED = "rated"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class SessionKind(LabelledEnum):
    MEETING = "meeting"  # 会议, e.g. 市九届人大二次会议
    INTERIM = "interim"  # 闭会期间


class UnitKind(LabelledEnum):
    GOVERNMENT = "government"
    COURT = "court"
    PROCURATORATE = "procuratorate"
    OTHER = "other"


class AssignmentRole(LabelledEnum):
    LEAD = "lead"  # 主办
    ASSISTING = "assisting"  # 协办 / 会办
    SEPARATE = "separate"  # 分办


class AssignmentStatus(LabelledEnum):
    ACTIVE = "active"
    CHANGED = "changed"  # replaced by another unit (调整)
    SUPERSEDED = "superseded"  # an earlier handling round, before re-handling


class AssignmentProgress(LabelledEnum):
    """Where one unit's assignment stands, for the clerk: it follows the unit's reply and the case."""

    ASSIGNED = "assigned"  # 已交办
    ACKNOWLEDGED = "acknowledged"  # 已签收
    REPLIED = "replied"  # 已答复
    CLOSED = "closed"  # 已办结 (or no longer this unit's: changed, or an earlier round)


def assignment_progress(
    status: AssignmentStatus, acknowledged: bool, replied: bool, case_closed: bool
) -> AssignmentProgress:
    """The progress of an assignment: 已办结 once its case is closed; else 已答复 once the unit replied
    (its written opinion, for an assisting unit); an assignment changed to another unit or ended by
    a new round without a reply is no longer open (closed); else 已签收 or 已交办."""
    if case_closed:
        return AssignmentProgress.CLOSED
    if replied:
        return AssignmentProgress.REPLIED
    if status is not AssignmentStatus.ACTIVE:
        return AssignmentProgress.CLOSED
    return AssignmentProgress.ACKNOWLEDGED if acknowledged else AssignmentProgress.ASSIGNED


class ContactMethod(LabelledEnum):
    FACE_TO_FACE = "face_to_face"
    MEETING = "meeting"
    PHONE = "phone"
    LETTER = "letter"


class ContactPerson(LabelledEnum):
    UNIT_HEAD = "unit_head"
    DEPUTY_HEAD = "deputy_head"
    SECTION_HEAD = "section_head"
    STAFF = "staff"


class RatingLevel(LabelledEnum):
    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意

    @property
    def counts_as_satisfied(self) -> bool:
        return self is not RatingLevel.UNSATISFIED


class LeaderKind(LabelledEnum):
    CONGRESS = "congress"  # 人大常委会领导 (supervises)
    GOVERNMENT = "government"  # 政府领导 (领衔办理)


class SupervisionKind(LabelledEnum):
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    PROGRESS_MEETING = "progress_meeting"
    PHONE = "phone"
    DOCUMENT = "document"


class CaseLinkKind(LabelledEnum):
    JOINT = "joint"  # 并案


_MEMBER_LABELS: tuple[tuple[LabelledEnum, str], ...] = (
    (CaseKind.MOTION, noop("Enum", "Motion")),
    (CaseKind.SUGGESTION, noop("Enum", "Suggestion")),
    (CaseState.REGISTERED, noop("Enum", "Registered")),
    (CaseState.ASSIGNED, noop("Enum", "Assigned")),
    (CaseState.REPLIED, noop("Enum", "Replied")),
    (CaseState.RATED, noop("Enum", "Rated")),
    (CaseState.CLOSED, noop("Enum", "Closed")),
    (CaseState.WITHDRAWN, noop("Enum", "Withdrawn")),
    (SessionKind.MEETING, noop("Enum", "Congress meeting")),
    (SessionKind.INTERIM, noop("Enum", "Interim period")),
    (UnitKind.GOVERNMENT, noop("Enum", "Government department")),
    (UnitKind.COURT, noop("Enum", "Court")),
    (UnitKind.PROCURATORATE, noop("Enum", "Procuratorate")),
    (UnitKind.OTHER, noop("Enum", "Other unit")),
    (AssignmentRole.LEAD, noop("Enum", "Lead unit")),
    (AssignmentRole.ASSISTING, noop("Enum", "Assisting unit")),
    (AssignmentRole.SEPARATE, noop("Enum", "Separately handling unit")),
    (AssignmentStatus.ACTIVE, noop("Enum", "Active")),
    (AssignmentStatus.CHANGED, noop("Enum", "Changed to another unit")),
    (AssignmentStatus.SUPERSEDED, noop("Enum", "Earlier round")),
    (AssignmentProgress.ASSIGNED, noop("Enum", "Assigned, awaiting the unit")),
    (AssignmentProgress.ACKNOWLEDGED, noop("Enum", "Acknowledged, in hand")),
    (AssignmentProgress.REPLIED, noop("Enum", "Replied")),
    (AssignmentProgress.CLOSED, noop("Enum", "Closed")),
    (ContactMethod.FACE_TO_FACE, noop("Enum", "Face to face")),
    (ContactMethod.MEETING, noop("Enum", "Meeting")),
    (ContactMethod.PHONE, noop("Enum", "Phone")),
    (ContactMethod.LETTER, noop("Enum", "Letter")),
    (ContactPerson.UNIT_HEAD, noop("Enum", "Unit head")),
    (ContactPerson.DEPUTY_HEAD, noop("Enum", "Deputy head")),
    (ContactPerson.SECTION_HEAD, noop("Enum", "Section head")),
    (ContactPerson.STAFF, noop("Enum", "Staff")),
    (RatingLevel.SATISFIED, noop("Enum", "Satisfied")),
    (RatingLevel.BASICALLY_SATISFIED, noop("Enum", "Basically satisfied")),
    (RatingLevel.UNSATISFIED, noop("Enum", "Unsatisfied")),
    (LeaderKind.CONGRESS, noop("Enum", "Standing committee leader")),
    (LeaderKind.GOVERNMENT, noop("Enum", "Government leader")),
    (SupervisionKind.MEETING, noop("Enum", "Meeting")),
    (SupervisionKind.SITE_VISIT, noop("Enum", "Site visit")),
    (SupervisionKind.PROGRESS_MEETING, noop("Enum", "Progress meeting")),
    (SupervisionKind.PHONE, noop("Enum", "Phone")),
    (SupervisionKind.DOCUMENT, noop("Enum", "Document")),
    (CaseLinkKind.JOINT, noop("Enum", "Handled jointly")),
)

_LABELS: dict[tuple[type, str], str] = {(type(member), member.value): label for member, label in _MEMBER_LABELS}
