"""Similar suggestions: the same suggestion coming back year after year (「避免重复提、年年提」).

When a clerk registers or opens a case, :func:`similar_cases` lists the cases of any year whose
title or body is similar (IDF-weighted character pairs, cosine; see casebook.domain.similarity),
with their year, number, title, latest result and rating. :func:`resubmitted_clusters` groups the
register's cases that are similar to each other across different years, for the office's triage
of the suggestions left unresolved year after year (「分类处理历年未办成的建议议案」).

The index lives in memory, one per open :class:`Database`, built on the first query (a few seconds
for 100,000 cases: the window asks for it on a worker thread) and kept current before every query
by a cheap check of the register: the number of cases, the last case id and the last event (every
change to a case writes an event). Changed and new cases are re-indexed one by one; after many
changes, or anything the check cannot follow (a case deleted), the index is built again.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.errors import NotFound
from casebook.domain.similarity import SimilarityIndex, connected_groups, iter_pairs
from casebook.i18n import noop
from casebook.store.case_facts import fact_rows_valid_on
from casebook.store.database import Database
from casebook.store.models import Case, CaseFactRow, CongressSession, Deputy, Event

DEFAULT_MIN_SCORE = 0.25  # shown in the case editor and by `casebook similar`
CLUSTER_MIN_SCORE = 0.5  # two cases in one group of resubmissions
REBUILD_MIN = 500  # re-indexed cases (their old postings still walked) before a rebuild …
REBUILD_SHARE = 0.1  # … or this share of the register, whichever is more
_CHUNK = 500


@dataclass(frozen=True)
class SimilarCase:
    case_id: int
    session: str
    year: int  # the session's year
    number: str
    kind: CaseKind
    title: str
    state: CaseState
    result: str | None  # the latest result category (reply or follow-up review), e.g. "A"
    rating: str | None  # the latest overall rating (option code, e.g. "satisfied")
    score: float  # 0 … 1


@dataclass(frozen=True)
class ClusterCase:
    case_id: int
    session: str
    year: int
    number: str
    title: str
    lead_deputy: str | None
    result: str | None
    rating: str | None
    resolved: bool  # its result is one of the office's resolved categories


@dataclass(frozen=True)
class Cluster:
    """Cases of at least two years similar to each other (linked through pairs above the threshold)."""

    cases: tuple[ClusterCase, ...]  # oldest first
    years: tuple[int, ...]
    resolved: bool  # any of them resolved

    @property
    def size(self) -> int:
        return len(self.cases)


@dataclass(frozen=True)
class _Stamp:
    """What tells that the register changed: cheap to read before every query."""

    cases: int
    last_case_id: int
    last_event_id: int
    last_event_at: datetime | None


class _Holder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: SimilarityIndex | None = None
        self.stamp: _Stamp | None = None
        self.builds = 0


_holders: dict[int, tuple[weakref.ref[Database], _Holder]] = {}
_holders_lock = threading.Lock()


def _holder(db: Database) -> _Holder:
    key = id(db)
    with _holders_lock:
        entry = _holders.get(key)
        if entry is not None and entry[0]() is db:
            return entry[1]
        holder = _Holder()

        def forget(reference: weakref.ref[Database]) -> None:
            with _holders_lock:
                if key in _holders and _holders[key][0] is reference:
                    del _holders[key]

        _holders[key] = (weakref.ref(db, forget), holder)
        return holder


def index_ready(db: Database) -> bool:
    """Whether the index of ``db`` is built (a query then takes milliseconds, not seconds)."""
    return _holder(db).index is not None


def index_builds(db: Database) -> int:
    """How many times the index of ``db`` was built from the whole register (for tests and benchmarks)."""
    return _holder(db).builds


def prepare_index(db: Database) -> int:
    """Build the index, or bring it up to date; returns the number of cases indexed."""
    holder = _holder(db)
    with holder.lock:
        return len(_current(db, holder))


def similar_cases(
    db: Database,
    text: str,
    *,
    body: str = "",
    exclude_case_id: int | None = None,
    limit: int = 10,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[SimilarCase]:
    """The cases whose title or body is most similar to ``text`` (a title or any words; ``body``
    the case's content, if any), best first, scoring at least ``min_score``."""
    if not text.strip() and not body.strip():
        return []
    holder = _holder(db)
    with holder.lock:
        index = _current(db, holder)
        exclude = () if exclude_case_id is None else (exclude_case_id,)
        matches = index.search(text, body, min_score=min_score, exclude=exclude, limit=limit)
    scores = {m.key: m.score for m in matches}
    with db.read() as session:
        rows = session.execute(
            select(
                Case.id,
                CongressSession.name,
                CongressSession.year,
                Case.number,
                Case.kind,
                Case.title,
                Case.state,
                CaseFactRow.result_code,
                CaseFactRow.rating,
            )
            .join(CongressSession, CongressSession.id == Case.session_id)
            .outerjoin(CaseFactRow, _current_facts())
            .where(Case.id.in_(list(scores)))
        ).all()
    found = [SimilarCase(*row, score=scores[row[0]]) for row in rows]  # a case deleted meanwhile is left out
    found.sort(key=lambda c: (-c.score, c.case_id))
    return found


def similar_to_case(
    db: Database, case_id: int, *, limit: int = 10, min_score: float = DEFAULT_MIN_SCORE
) -> list[SimilarCase]:
    """The other cases most similar to case ``case_id`` (by its stored title and body)."""
    with db.read() as session:
        row = session.execute(select(Case.title, Case.body).where(Case.id == case_id)).first()
    if row is None:
        raise NotFound(noop("Rule", "There is no case with id {id}."), id=case_id)
    title, body = row
    return similar_cases(db, title, body=body or "", exclude_case_id=case_id, limit=limit, min_score=min_score)


def resubmitted_clusters(db: Database, *, min_years: int = 2, min_score: float = CLUSTER_MIN_SCORE) -> list[Cluster]:
    """Groups of cases (not withdrawn) of at least ``min_years`` different years, each similar to
    another of its group with at least ``min_score``: unresolved groups first, then the largest."""
    holder = _holder(db)
    with db.read() as session:
        documents = session.execute(
            select(Case.id, Case.title, Case.body, CongressSession.year)
            .join(CongressSession, CongressSession.id == Case.session_id)
            .where(Case.state != CaseState.WITHDRAWN)
            .order_by(Case.id)
        ).all()
    years = {case_id: year for case_id, _title, _body, year in documents}
    with holder.lock:
        index = _current(db, holder)
        texts = ((case_id, title, body or "") for case_id, title, body, _year in documents if case_id in index)
        pairs = [(a, b) for a, b, _score in iter_pairs(index, texts, min_score) if b in years]
    grouped = [
        group
        for group in connected_groups({k for pair in pairs for k in pair}, pairs)
        if len({years[k] for k in group}) >= min_years
    ]
    details = _cluster_cases(db, [k for group in grouped for k in group])
    clusters = []
    for group in grouped:
        cases = tuple(sorted((details[k] for k in group if k in details), key=_register_order))
        clusters.append(Cluster(cases, tuple(sorted({c.year for c in cases})), any(c.resolved for c in cases)))
    clusters.sort(key=lambda c: (c.resolved, -c.size, c.years[0], _register_order(c.cases[0])))
    return clusters


def _register_order(case: ClusterCase) -> tuple[int, str, int, str, int]:
    return (case.year, case.session, len(case.number), case.number, case.case_id)


def _cluster_cases(db: Database, case_ids: Sequence[int]) -> dict[int, ClusterCase]:
    found: dict[int, ClusterCase] = {}
    with db.read() as session:
        for chunk in _chunks(case_ids):
            rows = session.execute(
                select(
                    Case.id,
                    CongressSession.name,
                    CongressSession.year,
                    Case.number,
                    Case.title,
                    Deputy.name,
                    CaseFactRow.result_code,
                    CaseFactRow.rating,
                    CaseFactRow.resolved,
                )
                .join(CongressSession, CongressSession.id == Case.session_id)
                .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
                .outerjoin(CaseFactRow, _current_facts())
                .where(Case.id.in_(chunk))
            )
            for case_id, session_name, year, number, title, deputy, result, rating, resolved in rows:
                found[case_id] = ClusterCase(
                    case_id, session_name, year, number, title, deputy, result, rating, bool(resolved)
                )
    return found


def _current_facts() -> Any:
    """Each case's facts valid today (store.case_facts' one "valid on D"): its result and rating now,
    as the case window and the lists show them."""
    return and_(CaseFactRow.case_id == Case.id, *fact_rows_valid_on(CaseFactRow, clock.today()))


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


# ── keeping the index current ──────────────────────────────────────────────────────────────────


def _current(db: Database, holder: _Holder) -> SimilarityIndex:
    """The index of ``db`` as the register stands now (call with ``holder.lock`` held)."""
    with db.read() as session:
        stamp = _read_stamp(session)
        index, old = holder.index, holder.stamp
        if index is not None and old is not None and stamp == old:
            return index
        if index is None or old is None or not _follow(session, index, old, stamp):
            index = SimilarityIndex.build(_texts(session, None))
            holder.builds += 1
        holder.index, holder.stamp = index, stamp
        return index


def _follow(session: Session, index: SimilarityIndex, old: _Stamp, new: _Stamp) -> bool:
    """Re-index the cases changed since ``old``; False when the index had better be built again."""
    if new.last_case_id < old.last_case_id or new.last_event_id < old.last_event_id:
        return False  # cases or events were deleted
    changed: set[int] = {
        case_id
        for case_id in session.scalars(
            select(Event.case_id).where(Event.id > old.last_event_id, Event.case_id.is_not(None)).distinct()
        )
        if case_id is not None
    }
    changed.update(session.scalars(select(Case.id).where(Case.id > old.last_case_id)))
    if len(changed) > _rebuild_after(new.cases):
        return False
    present = set()
    for case_id, title, body in _texts(session, sorted(changed)):
        present.add(case_id)
        if case_id not in index or not index.unchanged(case_id, title, body):
            index.put(case_id, title, body)
    for case_id in changed - present:
        index.remove(case_id)
    return len(index) == new.cases and index.dead <= _rebuild_after(new.cases)


def _rebuild_after(cases: int) -> int:
    return max(REBUILD_MIN, int(cases * REBUILD_SHARE))


def _read_stamp(session: Session) -> _Stamp:
    cases = int(session.scalar(select(func.count()).select_from(Case)) or 0)
    last_case = int(session.scalar(select(func.max(Case.id))) or 0)
    event = session.execute(select(Event.id, Event.recorded_at).order_by(Event.id.desc()).limit(1)).first()
    return _Stamp(cases, last_case, int(event[0]) if event else 0, event[1] if event else None)


def _texts(session: Session, case_ids: Iterable[int] | None) -> Iterator[tuple[int, str, str]]:
    """(id, title, body) of the given cases, or of every case."""
    if case_ids is None:
        for case_id, title, body in session.execute(select(Case.id, Case.title, Case.body).order_by(Case.id)):
            yield case_id, title, body or ""
        return
    for chunk in _chunks(list(case_ids)):
        for case_id, title, body in session.execute(
            select(Case.id, Case.title, Case.body).where(Case.id.in_(chunk)).order_by(Case.id)
        ):
            yield case_id, title, body or ""
