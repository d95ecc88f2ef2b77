"""历年重复提出的建议: the groups of similar cases of different years, one row per case, for the
office's triage of what deputies submit again year after year (「分类处理历年未办成的建议议案」).

Each row repeats its group's number, size and whether any case of the group was resolved, so that
the autofilter finds the unresolved groups."""

from __future__ import annotations

from pathlib import Path

from casebook.excel import columns
from casebook.excel.columns import Column, ValueKind
from casebook.excel.export_follow_ups import YEAR
from casebook.excel.export_register import ExportSummary
from casebook.excel.register_values import Labels
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.similar import CLUSTER_MIN_SCORE, Cluster, ClusterCase, resubmitted_clusters
from casebook.store.database import Database

GROUP = Column("group", noop("Excel", "Group"), 6, ValueKind.NUMBER)
GROUP_SIZE = Column("group_size", noop("Excel", "Cases in the group"), 7, ValueKind.NUMBER)
GROUP_YEARS = Column("group_years", noop("Excel", "Years"), 12, ValueKind.LONG_TEXT)
GROUP_RESOLVED = Column("group_resolved", noop("Excel", "Resolved in some year"), 8)
CASE_RESOLVED = Column("resolved", noop("Excel", "Resolved"), 6)
SIMILAR_GROUPS: tuple[Column, ...] = (
    GROUP,
    GROUP_SIZE,
    GROUP_YEARS,
    GROUP_RESOLVED,
    YEAR,
    columns.SESSION,
    columns.NUMBER,
    columns.TITLE,
    columns.LEAD_DEPUTY,
    columns.RESULT,
    CASE_RESOLVED,
    columns.RATING,
)


def cluster_rows(number: int, cluster: Cluster, labels: Labels) -> list[list[object]]:
    """The rows of group ``number`` (from 1), in the order of :data:`SIMILAR_GROUPS`."""
    years = "、".join(str(year) for year in cluster.years)
    group_resolved = labels.yes if cluster.resolved else labels.no
    return [[number, cluster.size, years, group_resolved, *_case_values(case, labels)] for case in cluster.cases]


def _case_values(case: ClusterCase, labels: Labels) -> list[object]:
    return [
        case.year,
        case.session,
        case.number,
        case.title,
        case.lead_deputy,
        case.result,
        labels.yes if case.resolved else labels.no,
        labels.rating(case.rating),
    ]


def export_similar_clusters(
    db: Database,
    path: Path,
    *,
    min_years: int = 2,
    min_score: float = CLUSTER_MIN_SCORE,
    clusters: list[Cluster] | None = None,
) -> ExportSummary:
    """Write the groups of resubmitted cases (computed, unless given) to ``path``."""
    labels = Labels.current(get_settings(db))
    if clusters is None:
        clusters = resubmitted_clusters(db, min_years=min_years, min_score=min_score)
    unresolved = sum(1 for c in clusters if not c.resolved)
    title = translate("Excel", "Suggestions and motions submitted again in different years")
    subtitle = translate(
        "Excel",
        "{groups} groups of similar cases ({unresolved} never resolved), {cases} cases; "
        "similarity at least {score:.2f}, at least {years} years",
    ).format(
        groups=len(clusters),
        unresolved=unresolved,
        cases=sum(c.size for c in clusters),
        score=min_score,
        years=min_years,
    )
    with streamed_workbook(path, title) as workbook:
        sheet = TableSheet(workbook, translate("Excel", "Submitted again"), SIMILAR_GROUPS, title, subtitle=subtitle)
        for number, cluster in enumerate(clusters, 1):
            sheet.append_rows(cluster_rows(number, cluster, labels))
        sheet.finish_table()
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), sum(c.size for c in clusters))
