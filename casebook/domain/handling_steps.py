"""The checks of the handling steps (交办, 答复, 测评, 重新办理, 办结), as pure functions over snapshots.

The services load what a step needs into the small snapshots below, call the check here, and write.
Each check raises :class:`RuleViolation` with the clerk's message when the rule says no.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casebook.domain.dates import add_months
from casebook.domain.enums import AssignmentRole
from casebook.domain.errors import RuleViolation
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating, is_satisfied, rating_count_of, round_rating
from casebook.i18n import noop


def due_on_for(assigned_on: date, role: AssignmentRole | str, settings: OfficeSettings) -> date:
    """A unit's deadline from its role: lead and separately handling units reply within
    ``reply_due_months`` (3); assisting units give their opinion within ``assisting_opinion_months`` (1)."""
    assisting = AssignmentRole(role) is AssignmentRole.ASSISTING
    months = settings.assisting_opinion_months if assisting else settings.reply_due_months
    return add_months(assigned_on, months)


def rehandling_due_on(unsatisfied_on: date, reopened_on: date, settings: OfficeSettings) -> date:
    """A re-handling round is due ``rehandle_due_months`` (1) after the unsatisfied rating, and
    never before the round begins."""
    return max(add_months(unsatisfied_on, settings.rehandle_due_months), reopened_on)


@dataclass(frozen=True)
class ClosingReason:
    """「代表同意办结」: why a case whose counting rating is 不满意 is closed without another round:
    the day the deputy agreed, and the clerk's note of it."""

    agreed_on: date
    note: str


def rating_levels(settings: OfficeSettings) -> str:
    return "、".join(o.label for o in settings.rating_options)


def check_rating(
    case: str,
    settings: OfficeSettings,
    *,
    deputy: str,
    is_signer: bool,
    levels: Iterable[str | None],
    already_rated_on: date | None,
) -> None:
    """A rating is a signer's own, with levels the office's form offers, once per round."""
    if not is_signer:
        raise RuleViolation(
            "rating_by_non_signer",
            noop("Rule", "{deputy} did not submit or co-sign this case, so the rating cannot be theirs"),
            case=case,
            deputy=deputy,
        )
    given = list(levels)
    if not given[0] or any(level is not None and settings.rating_option(level) is None for level in given):
        raise RuleViolation(
            "rating_not_given",
            noop("Rule", "the rating must be one the deputy chose on the form ({levels})"),
            case=case,
            levels=rating_levels(settings),
        )
    if already_rated_on is not None:
        raise RuleViolation(
            "already_rated",
            noop("Rule", "{deputy}'s rating for this round was already recorded on {date}"),
            case=case,
            deputy=deputy,
            date=already_rated_on.isoformat(),
        )


def check_rehandle(
    case: str, settings: OfficeSettings, handling_round: int, ratings: Iterable[SignerRating]
) -> SignerRating:
    """Re-handling follows the round's counting rating when it is unsatisfied; returns that rating."""
    counting = round_rating(ratings, handling_round, rating_count_of(settings), settings.rating_options)
    if counting is None:
        raise RuleViolation(
            "rehandle_without_counting_rating",
            noop("Rule", "re-handling follows the lead deputy's unsatisfied rating, and it has not been recorded"),
            case=case,
        )
    if is_satisfied(settings, counting.overall):
        raise RuleViolation(
            "rehandle_without_unsatisfied",
            noop("Rule", "re-handling follows an unsatisfied rating, and the rating that counts is satisfied"),
            case=case,
        )
    return counting


def check_closable(
    case: str, settings: OfficeSettings, handling_round: int, ratings: Iterable[SignerRating]
) -> SignerRating:
    """办结 is open to a case once the round's counting rating is recorded (whatever it says: on 不满意
    the closing asks for the reason); returns that rating."""
    counting = round_rating(ratings, handling_round, rating_count_of(settings), settings.rating_options)
    if counting is None:
        raise RuleViolation(
            "close_without_counting_rating",
            noop("Rule", "a case is closed only after the lead deputy's rating of this round has been recorded"),
            case=case,
        )
    return counting


def check_close(
    case: str,
    settings: OfficeSettings,
    handling_round: int,
    ratings: Iterable[SignerRating],
    closed_on: date,
    reason: ClosingReason | None,
) -> None:
    """办结: only with the round's counting rating; when it is 不满意, only after a re-handling round
    has been rated, or with the recorded reason (代表同意办结, its date and a note)."""
    counting = check_closable(case, settings, handling_round, ratings)
    if reason is not None:
        if not reason.note.strip():
            raise RuleViolation(
                "close_reason_without_note",
                noop("Rule", "closing with the deputy's agreement needs a note of that agreement"),
                case=case,
            )
        if not counting.rated_on <= reason.agreed_on <= closed_on:
            raise RuleViolation(
                "close_reason_date",
                noop(
                    "Rule",
                    "the deputy's agreement ({date}) must fall between the rating ({rated_on}) "
                    "and the closing ({closed_on})",
                ),
                case=case,
                date=reason.agreed_on.isoformat(),
                rated_on=counting.rated_on.isoformat(),
                closed_on=closed_on.isoformat(),
            )
    if is_satisfied(settings, counting.overall) or handling_round > 1 or reason is not None:
        return
    option = settings.rating_option(counting.overall)
    raise RuleViolation(
        "close_on_unsatisfied",
        noop(
            "Rule",
            "the rating that counts is “{level}”: the case is closed only after a re-handling round has been "
            "rated, or with the reason recorded (the deputy agreed to close it: date and note)",
        ),
        case=case,
        level=option.label if option is not None else counting.overall,
    )
