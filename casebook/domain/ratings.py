"""Whose rating counts (「杜绝被满意」), and which ratings and results count as satisfied and resolved.

The lead deputy (领衔代表) rates the handling; that rating is the case's. Co-signers may record a
view, which is kept and shown, but it never replaces the lead deputy's. An office may instead count
the least satisfied of all signers' ratings (office setting ``rating_counts``). Only a re-handling
round, rated again, turns a 不满意 into something else.

Rating options are listed from the most to the least satisfied (满意, 基本满意, 不满意), so the
least satisfied of several ratings is the one listed last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from casebook.domain.office_settings import OfficeSettings, RatingOption
from casebook.i18n import noop, translate


class RatingCount(StrEnum):
    """Office setting ``rating_counts``: whose rating is the case's."""

    LEAD_DEPUTY = "lead"  # the lead deputy's own (the default)
    LEAST_SATISFIED = "least_satisfied"  # the least satisfied of all signers

    @property
    def label(self) -> str:
        return translate("Enum", _COUNT_LABELS[self])


_COUNT_LABELS = {
    RatingCount.LEAD_DEPUTY: noop("Enum", "The lead deputy's rating"),
    RatingCount.LEAST_SATISFIED: noop("Enum", "The least satisfied rating of all signers"),
}


@dataclass(frozen=True)
class SignerRating:
    """One signer's rating of one handling round, as recorded from the feedback form."""

    rating_id: int
    handling_round: int
    rated_on: date
    overall: str
    by_lead: bool  # given by the case's lead deputy


def rating_count_of(settings: OfficeSettings) -> RatingCount:
    try:
        return RatingCount(settings.rating_counts)
    except ValueError:
        return RatingCount.LEAD_DEPUTY


def dissatisfaction(level: str, options: Iterable[RatingOption]) -> int:
    """How unsatisfied ``level`` is: its position in the options (listed from the most satisfied)."""
    codes = [o.code for o in options]
    return codes.index(level) if level in codes else len(codes)


def round_rating(
    ratings: Iterable[SignerRating], handling_round: int, rule: RatingCount, options: Iterable[RatingOption]
) -> SignerRating | None:
    """The rating that counts for one handling round (None while it has none)."""
    found = [r for r in ratings if r.handling_round == handling_round]
    if rule is RatingCount.LEAD_DEPUTY:
        found = [r for r in found if r.by_lead]
        return max(found, key=lambda r: (r.rated_on, r.rating_id), default=None)
    listed = tuple(options)
    return max(found, key=lambda r: (dissatisfaction(r.overall, listed), r.rated_on, r.rating_id), default=None)


def counting_rating(
    ratings: Iterable[SignerRating], rule: RatingCount, options: Iterable[RatingOption]
) -> SignerRating | None:
    """The case's rating: the counting rating of the latest round that has one."""
    found = tuple(ratings)
    listed = tuple(options)
    for handling_round in sorted({r.handling_round for r in found}, reverse=True):
        rating = round_rating(found, handling_round, rule, listed)
        if rating is not None:
            return rating
    return None


def is_satisfied(settings: OfficeSettings, level: str | None) -> bool:
    """满意 and 基本满意 (by default) count as satisfied; an unknown or missing level does not."""
    option = settings.rating_option(level) if level is not None else None
    return option is not None and option.satisfied


def is_resolved(settings: OfficeSettings, result_code: str | None) -> bool:
    """解决: the result category is one the office counts as resolved (default: A)."""
    return result_code is not None and result_code in settings.resolved_categories


def is_accomplished(settings: OfficeSettings, result_code: str | None) -> bool:
    """办成: the result category is one the office counts as accomplished (default: A and B)."""
    return result_code is not None and result_code in settings.accomplished_categories
