"""What a write changed, told to every view (Anki's OpChanges): each view reloads only what concerns it.

A write run from the window (a handling step, a saved case, an import, a restore, the settings)
produces one :class:`Changes`; the main window hands it to each view built so far
(``on_changes``), and a view in front that shows any of it reloads. A view that is not in front
reloads when it is next shown anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which kinds of records changed; ``case_ids`` names the cases when known (empty: any)."""

    cases: bool = False  # a case's registration, state or handling
    assignments: bool = False  # 交办 and what follows it: replies, deadlines, change requests
    reference: bool = False  # sessions, deputies, units … (the pickers' choices)
    settings: bool = False  # the office's settings (deadlines, categories, metric definitions)
    accounts: bool = False  # accounts and roles
    case_ids: frozenset[int] = frozenset()

    @classmethod
    def of_cases(cls, case_ids: Iterable[int] = (), *, assignments: bool = True) -> Changes:
        """A case saved or a handling step taken (交办, 答复, 测评 …)."""
        return cls(cases=True, assignments=assignments, case_ids=frozenset(case_ids))

    @classmethod
    def everything(cls) -> Changes:
        """A whole register changed (an import, the demo data, a restored backup) or F5."""
        return cls(cases=True, assignments=True, reference=True, settings=True, accounts=True)

    def __or__(self, other: Changes) -> Changes:
        kinds = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "case_ids"}
        # "any case" (empty) absorbs a named case
        if (self.cases and not self.case_ids) or (other.cases and not other.case_ids):
            ids: frozenset[int] = frozenset()
        else:
            ids = self.case_ids | other.case_ids
        return Changes(**kinds, case_ids=ids)

    @property
    def register(self) -> bool:
        """The cases or their handling changed: lists, figures and deadlines."""
        return self.cases or self.assignments

    def touches_case(self, case_id: int) -> bool:
        return self.cases and (not self.case_ids or case_id in self.case_ids)
