"""All tables; importing this package registers them on ``Base.metadata``."""

from casebook.store.models.accounts import Account
from casebook.store.models.attachments import Attachment, AttachmentContent
from casebook.store.models.base import Base
from casebook.store.models.cases import Case, CaseCosigner, CaseLink
from casebook.store.models.deadlines import AssignmentExtension, HolidayCalendarDay, UnitChangeRequest
from casebook.store.models.decisions import YearDecision
from casebook.store.models.deliberations import Deliberation, DeliberationItem, DeliberationUnit
from casebook.store.models.evaluations import Evaluation
from casebook.store.models.events import Event, EventChainHead
from casebook.store.models.facts import CaseFactRow, UnitFactRow
from casebook.store.models.handling import Assignment, FollowUp, Rating, Reply, SupervisionRecord
from casebook.store.models.ledger import LedgerImportedCase, LedgerMapping
from casebook.store.models.meetings import ReplyMeeting
from casebook.store.models.opinions import Station, StationDeputy, VoterOpinion
from casebook.store.models.projects import (
    LivelihoodProject,
    ProjectMilestone,
    ProjectRating,
    ProjectReport,
    ProjectUnit,
)
from casebook.store.models.reference import (
    Category,
    CongressSession,
    Delegation,
    Deputy,
    DeputyGroup,
    HandlingUnit,
    Leader,
    OfficeSetting,
    SpecialCommittee,
)

__all__ = [
    "Account",
    "Assignment",
    "AssignmentExtension",
    "Attachment",
    "AttachmentContent",
    "Base",
    "Case",
    "CaseCosigner",
    "CaseFactRow",
    "CaseLink",
    "Category",
    "CongressSession",
    "Delegation",
    "Deliberation",
    "DeliberationItem",
    "DeliberationUnit",
    "Deputy",
    "DeputyGroup",
    "Evaluation",
    "Event",
    "EventChainHead",
    "FollowUp",
    "HandlingUnit",
    "HolidayCalendarDay",
    "Leader",
    "LedgerImportedCase",
    "LedgerMapping",
    "LivelihoodProject",
    "OfficeSetting",
    "ProjectMilestone",
    "ProjectRating",
    "ProjectReport",
    "ProjectUnit",
    "Rating",
    "Reply",
    "ReplyMeeting",
    "SpecialCommittee",
    "Station",
    "StationDeputy",
    "SupervisionRecord",
    "UnitChangeRequest",
    "UnitFactRow",
    "VoterOpinion",
    "YearDecision",
]
