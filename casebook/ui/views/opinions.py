"""群众意见: the opinions voters gave deputies at the stations, newest first, filtered by year, station
and state; the chosen one's detail below (voter or 匿名, the unit it went to, the answer, the
feedback); the steps through small forms (new, 转交, 办复, 反馈, 办结) and the stations through their
own dialog. Everything is read and written through services on workers (casebook.ui.jobs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook import clock
from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.errors import CasebookError
from casebook.domain.opinions import OpinionState
from casebook.domain.roles import Permission
from casebook.i18n import noop, translate
from casebook.services.admin.stations import StationRow
from casebook.services.ledger.opinion_sheet import OpinionImportReport
from casebook.services.queries.opinions import OpinionFilter, OpinionRow
from casebook.services.steps.opinions import (
    FeedbackDraft,
    OpinionDraft,
    close_opinion,
    pass_on,
    record_answer,
    record_feedback,
    register_opinion,
)
from casebook.store.database import Database
from casebook.ui.dialogs.opinion_files import (
    ask_export_path,
    ask_sheet_path,
    export_text,
    export_work,
    import_sheet,
    import_text,
)
from casebook.ui.dialogs.opinion_forms import answer_form, close_form, feedback_form, new_opinion_form, pass_on_form
from casebook.ui.dialogs.opinion_stations import StationDialog
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead, Operation, report
from casebook.ui.permissions import allow
from casebook.ui.views.opinion_rows import FormChoices, OpinionsAnswer, detail_html, read_choices, read_opinions

HEADERS = (
    noop("Opinions", "Number"),
    noop("Opinions", "Received on"),
    noop("Opinions", "Station"),
    noop("Opinions", "Voter"),
    noop("Opinions", "Opinion"),
    noop("Opinions", "Passed on to"),
    noop("Opinions", "State"),
)
OPINION_COLUMN = 4


def _combo(all_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class OpinionView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[OpinionRow] = []
        self.stations: list[StationRow] = []
        self.form_choices: FormChoices | None = None
        self.last_form: StepDialog | None = None  # the step form opened last (a test presses its OK)
        self.reads = LatestRead(self)
        self.year_box = _combo(translate("Opinions", "All years"))
        self.station_box = _combo(translate("Opinions", "All stations"))
        self.state_box = _combo(translate("Opinions", "All states"))
        for state in OpinionState:
            self.state_box.addItem(state.label, state.value)
        filters = QHBoxLayout()
        for text, box in (
            (translate("Opinions", "&Year:"), self.year_box),
            (translate("Opinions", "S&tation:"), self.station_box),
            (translate("Opinions", "St&ate:"), self.state_box),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
            box.currentIndexChanged.connect(self.refresh)
        filters.addStretch(1)
        self.import_button = QPushButton(translate("Opinions", "Import sheet…"))
        self.export_button = QPushButton(translate("Opinions", "Export…"))
        self.stations_button = QPushButton(translate("Opinions", "Stations…"))
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.stations_button.clicked.connect(self.ask_stations)
        for button in (self.import_button, self.export_button, self.stations_button):
            filters.addWidget(button)
        self.file_report = QLabel()  # what the last import or export did
        self.file_report.setWordWrap(True)
        self.file_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_report.hide()
        self.summary = QLabel()
        self.new_button = QPushButton(translate("Opinions", "New opinion…"))
        self.pass_button = QPushButton(translate("Opinions", "Pass on…"))
        self.answer_button = QPushButton(translate("Opinions", "Answer…"))
        self.feedback_button = QPushButton(translate("Opinions", "Feedback…"))
        self.close_button = QPushButton(translate("Opinions", "Close…"))
        steps = QHBoxLayout()
        steps.addWidget(self.summary, 1)
        for button, slot in (
            (self.new_button, self.ask_new),
            (self.pass_button, self.ask_pass_on),
            (self.answer_button, self.ask_answer),
            (self.feedback_button, self.ask_feedback),
            (self.close_button, self.ask_close),
        ):
            button.clicked.connect(slot)
            steps.addWidget(button)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("Opinions", h) for h in HEADERS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OPINION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.file_report)
        layout.addLayout(steps)
        layout.addWidget(splitter, 1)
        self._enable_buttons()

    # -- reading ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.reads.busy

    def wanted(self) -> OpinionFilter:
        state = self.state_box.currentData()
        return OpinionFilter(
            self.year_box.currentData(), self.station_box.currentData(), OpinionState(state) if state else None
        )

    def refresh(self) -> None:
        wanted = self.wanted()
        self.reads.run(lambda: read_opinions(self.db, wanted), self._answered)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if (changes.register or changes.reference) and self.isVisible():
            self.refresh()

    def _answered(self, answer: object) -> None:
        assert isinstance(answer, OpinionsAnswer)
        chosen = self.chosen()
        self._fill_filters(answer)
        self.rows = answer.rows
        self.summary.setText(
            translate("Opinions", "{count} opinions; {shown} shown").format(count=answer.matching, shown=len(self.rows))
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.number,
                row.received_on.isoformat(),
                row.station,
                row.voter_name or translate("Opinions", "Anonymous"),
                row.title,
                row.unit or "",
                row.state.label,
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, column, cell)
        again = next((r for r, row in enumerate(self.rows) if chosen is not None and row.id == chosen.id), None)
        if again is None and self.rows:
            again = 0
        if again is not None:
            self.table.selectRow(again)
        self._show_detail()

    def _fill_filters(self, answer: OpinionsAnswer) -> None:
        self.stations = answer.stations
        for box, items in (
            (self.year_box, [(str(y), y) for y in answer.years]),
            (self.station_box, [(s.name, s.id) for s in answer.stations]),
        ):
            current = box.currentData()
            with QSignalBlocker(box):
                while box.count() > 1:
                    box.removeItem(1)
                for text, value in items:
                    box.addItem(text, value)
                box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)

    def chosen(self) -> OpinionRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self.rows):
            return None
        return self.rows[selected[0].row()]

    def _show_detail(self) -> None:
        row = self.chosen()
        self.detail.setText(detail_html(row) if row is not None else "")
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Each step's button for the state it follows, when the role may record it (a viewer's are
        disabled with the reason: ui.permissions)."""
        state = row.state if (row := self.chosen()) is not None else None
        edit = Permission.EDIT_CASES
        allow(self.new_button, self.db, edit)
        if self.export_button.isEnabled():  # not while a file is being read or written
            allow(self.import_button, self.db, edit)
        allow(self.pass_button, self.db, edit, enabled=state is OpinionState.REGISTERED)
        allow(self.answer_button, self.db, edit, enabled=state is OpinionState.PASSED_ON)
        allow(self.feedback_button, self.db, edit, enabled=state is OpinionState.ANSWERED)
        allow(self.close_button, self.db, edit, enabled=state is OpinionState.FED_BACK)

    # -- the forms -------------------------------------------------------------------------------

    def _with_choices(self, then: object) -> None:
        """Run ``then()`` once the forms' choices (deputies, categories, units) are read."""
        assert callable(then)
        if self.form_choices is not None:
            then()
            return

        def keep(found: object) -> None:
            assert isinstance(found, FormChoices)
            self.form_choices = found
            then()

        Operation(self, lambda: read_choices(self.db)).success(keep).run()

    def ask_new(self) -> None:
        def submit(v: dict[str, object]) -> object:
            draft = OpinionDraft(
                station_id=int(str(v["station"])),
                received_on=v["day"],  # type: ignore[arg-type]
                content=str(v["content"]),
                summary=str(v["summary"] or ""),
                voter_name=str(v["voter"] or ""),
                voter_contact=str(v["contact"] or ""),
                deputy_id=v["deputy"] if isinstance(v["deputy"], int) else None,
                category_id=v["category"] if isinstance(v["category"], int) else None,
            )
            return register_opinion(self.db, draft)

        def open_form() -> None:
            assert self.form_choices is not None
            station = self.station_box.currentData()
            form = new_opinion_form(self.stations, self.form_choices.deputies, self.form_choices.categories, station)
            self.last_form = StepDialog.ask(self, form, submit, self._taken)

        self._with_choices(open_form)

    def ask_pass_on(self) -> None:
        row = self.chosen()
        if row is None:
            return

        def open_form() -> None:
            assert self.form_choices is not None
            submit = lambda v: pass_on(self.db, row.number, int(str(v["unit"])), v["day"])  # noqa: E731
            self.last_form = StepDialog.ask(self, pass_on_form(self.form_choices.units), submit, self._taken)

        self._with_choices(open_form)

    def ask_answer(self) -> StepDialog | None:
        row = self.chosen()
        if row is None:
            return None
        submit = lambda v: record_answer(self.db, row.number, v["day"], str(v["answer"]))  # noqa: E731
        self.last_form = StepDialog.ask(self, answer_form(), submit, self._taken)
        return self.last_form

    def ask_feedback(self) -> StepDialog | None:
        row = self.chosen()
        if row is None:
            return None

        def submit(v: dict[str, object]) -> object:
            method = ContactMethod(str(v["method"])) if v["method"] else None
            view = RatingLevel(str(v["view"])) if v["view"] else None
            draft = FeedbackDraft(v["day"], method, view, str(v["note"] or ""))  # type: ignore[arg-type]
            record_feedback(self.db, row.number, draft)
            return None

        self.last_form = StepDialog.ask(self, feedback_form(), submit, self._taken)
        return self.last_form

    def ask_close(self) -> StepDialog | None:
        row = self.chosen()
        if row is None:
            return None
        submit = lambda v: close_opinion(self.db, row.number, v["day"])  # noqa: E731
        self.last_form = StepDialog.ask(self, close_form(), submit, self._taken)
        return self.last_form

    def ask_stations(self) -> StationDialog:
        dialog = StationDialog.ask(self.db, self)
        dialog.finished.connect(lambda _code: self.refresh())
        return dialog

    def _taken(self, _result: object) -> None:
        self.refresh()

    # -- files -----------------------------------------------------------------------------------

    def ask_import(self) -> None:
        path = ask_sheet_path(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> Operation:
        """Import a station's sheet (the station of the filter when its title names none)."""
        chosen = self.station_box.currentData()
        station = next((s.name for s in self.stations if s.id == chosen), None)
        self.import_button.setEnabled(False)

        def done(result: object) -> None:
            assert isinstance(result, OpinionImportReport)
            self._tell(import_text(result))
            self.refresh()

        def failed(error: Exception) -> None:
            if not isinstance(error, CasebookError):
                report(error)
            self._tell(error.message if isinstance(error, CasebookError) else "")

        return Operation(self, lambda: import_sheet(self.db, path, station)).success(done).failure(failed).run()

    def ask_export(self) -> None:
        year = self.year_box.currentData() or (self.rows[0].year if self.rows else clock.today().year)
        path = ask_export_path(self, year)
        if path is not None:
            self.export_to(path, year)

    def export_to(self, path: Path, year: int) -> Operation:
        self.export_button.setEnabled(False)
        written = lambda result: self._tell(export_text(result))  # noqa: E731
        return Operation(self, lambda: export_work(self.db, path, year)).success(written).run()

    def _tell(self, text: str) -> None:
        allow(self.import_button, self.db, Permission.EDIT_CASES)
        self.export_button.setEnabled(True)
        self.file_report.setText(text)
        self.file_report.setVisible(bool(text))
