"""The window's views in the navigation's order, each with the function that builds it when it is
first shown and wires it to the window (casebook.ui.main_window; the views' modules are imported
by their builder, not at start)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from casebook.i18n import translate
from casebook.ui.jobs.changes import Changes

if TYPE_CHECKING:
    from casebook.ui.main_window import MainWindow

ViewEntry = tuple[str, str, Callable[[], QWidget]]  # key, label in the navigation, builder


def view_entries(window: MainWindow) -> list[ViewEntry]:
    builders: list[tuple[str, str, Callable[[MainWindow], QWidget]]] = [
        ("cases", translate("MainWindow", "Cases"), build_cases),
        ("dashboard", translate("MainWindow", "Statistics"), build_dashboard),
        ("ranking", translate("MainWindow", "Unit ranking"), build_ranking),  # 统计 → 承办单位排名
        ("supervision", translate("MainWindow", "Supervision"), build_supervision),
        ("projects", translate("MainWindow", "Livelihood projects"), build_projects),  # 民生实事
        ("opinions", translate("MainWindow", "Voters' opinions"), build_opinions),  # 群众意见
        ("reference", translate("MainWindow", "Reference data"), build_reference),
        ("settings", translate("MainWindow", "Settings"), build_settings),
        ("audit", translate("MainWindow", "Audit trail"), build_audit),
        ("accounts", translate("MainWindow", "Accounts"), build_accounts),
    ]
    return [(key, label, lambda build=build: build(window)) for key, label, build in builders]  # type: ignore[misc]


def build_cases(window: MainWindow) -> QWidget:
    from casebook.ui.views.cases import CasesView

    view = CasesView(window.db if window.attached else None)  # before: a cold start's first page
    view.open_case.connect(window.open_case)
    view.new_case.connect(window.new_case)
    return view


def build_dashboard(window: MainWindow) -> QWidget:
    from casebook.ui.views.dashboard import DashboardView

    view = DashboardView(window.db)
    view.export_requested.connect(window.export_from_dashboard)
    view.ranking_requested.connect(window.show_ranking)
    return view


def build_ranking(window: MainWindow) -> QWidget:
    from casebook.ui.views.ranking import RankingView

    return RankingView(window.db)


def build_projects(window: MainWindow) -> QWidget:
    from casebook.ui.views.projects import ProjectView

    return ProjectView(window.db)


def build_opinions(window: MainWindow) -> QWidget:
    from casebook.ui.views.opinions import OpinionView

    return OpinionView(window.db)


def build_supervision(window: MainWindow) -> QWidget:
    from casebook.ui.views.supervision import SupervisionView

    view = SupervisionView(window.db)
    view.open_case.connect(window.open_case)
    view.new_case.connect(window.new_case)
    view.export_follow_ups.connect(lambda path: window.export_follow_ups(Path(path), view.today()))
    return view


def build_reference(window: MainWindow) -> QWidget:
    from casebook.ui.views.reference import ReferenceView

    return ReferenceView(window.db)


def build_settings(window: MainWindow) -> QWidget:
    from casebook.ui.views.settings import SettingsView

    view = SettingsView(window.db)
    view.settings_saved.connect(lambda: window.apply_changes(Changes(settings=True)))
    view.language_changed.connect(window.language_changed)
    return view


def build_audit(window: MainWindow) -> QWidget:
    from casebook.ui.views.audit import AuditView

    view = AuditView(window.db)
    view.export_requested.connect(lambda where, title, path: window.jobs.export_audit(where, title, Path(path)))
    return view


def build_accounts(window: MainWindow) -> QWidget:
    from casebook.ui.views.accounts import AccountsView

    view = AccountsView(window.db)
    view.accounts_started.connect(window.accounts_started)
    return view
