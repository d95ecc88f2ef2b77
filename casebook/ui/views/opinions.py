"""群众意见: the opinions voters gave deputies at the stations, newest first, filtered by year, station
and state; the chosen one's detail below (voter or 匿名, the unit it went to, the answer, the
feedback); the steps through small forms (new, 转交, 办复, 反馈, 办结) and the stations through their
own dialog. Everything is read and written through services on workers (casebook.ui.jobs)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

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

from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.opinions import OpinionState
from casebook.i18n import noop, translate
from casebook.services.admin.stations import StationRow, station_rows
from casebook.services.queries.opinions import OpinionFilter, OpinionRow, opinion_count, opinion_list, opinion_years
from casebook.services.queries.pickers import Choice, PickerKind, choices
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
from casebook.ui.dialogs.opinion_forms import answer_form, close_form, feedback_form, new_opinion_form, pass_on_form
from casebook.ui.dialogs.opinion_stations import StationDialog
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.jobs.changes import Changes
from casebook.ui.jobs.operation import LatestRead, Operation

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


@dataclass(frozen=True)
class OpinionsAnswer:
    """One read of the view: the rows that match, how many match, and the filters' choices."""

    rows: list[OpinionRow]
    matching: int
    years: list[int]
    stations: list[StationRow]


def read_opinions(db: Database, wanted: OpinionFilter) -> OpinionsAnswer:
    """On the worker thread."""
    return OpinionsAnswer(opinion_list(db, wanted), opinion_count(db, wanted), opinion_years(db), station_rows(db))


@dataclass(frozen=True)
class FormChoices:
    deputies: list[Choice]
    categories: list[Choice]
    units: list[Choice]


def read_choices(db: Database) -> FormChoices:
    return FormChoices(choices(db, PickerKind.DEPUTY), choices(db, PickerKind.CATEGORY), choices(db, PickerKind.UNIT))


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
        self.stations_button = QPushButton(translate("Opinions", "Stations…"))
        self.stations_button.clicked.connect(self.ask_stations)
        filters.addWidget(self.stations_button)
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
        state = row.state if (row := self.chosen()) is not None else None
        self.pass_button.setEnabled(state is OpinionState.REGISTERED)
        self.answer_button.setEnabled(state is OpinionState.PASSED_ON)
        self.feedback_button.setEnabled(state is OpinionState.ANSWERED)
        self.close_button.setEnabled(state is OpinionState.FED_BACK)

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


def _line(label: str, value: object) -> str:
    text = value.isoformat() if isinstance(value, date) else ("" if value is None else str(value))
    return f"<b>{html.escape(label)}</b>：{html.escape(text)}" if text else ""


def detail_html(row: OpinionRow) -> str:
    """The chosen opinion, line by line (an empty step is left out)."""
    feedback = " ".join(
        part
        for part in (
            row.fed_back_on.isoformat() if row.fed_back_on else "",
            row.feedback_method.label if row.feedback_method else "",
            row.voter_view.label if row.voter_view else "",
            row.feedback_note,
        )
        if part
    )
    lines = [
        _line(translate("Opinions", "Number"), f"{row.number}（{row.state.label}）"),
        _line(translate("Opinions", "Station"), f"{row.station}（{row.station_kind.label}）"),
        _line(translate("Opinions", "Received on"), row.received_on),
        _line(translate("Opinions", "Deputy who received it"), row.deputy),
        _line(translate("Opinions", "Voter"), row.voter_name or translate("Opinions", "Anonymous")),
        _line(translate("Opinions", "Contact"), row.voter_contact),
        _line(translate("Opinions", "Category"), row.category),
        _line(translate("Opinions", "Opinion"), row.content),
        _line(translate("Opinions", "Passed on to"), f"{row.unit}（{row.passed_on}）" if row.unit else ""),
        _line(translate("Opinions", "Answer"), f"{row.answered_on}：{row.answer}" if row.answered_on else ""),
        _line(translate("Opinions", "Feedback"), feedback),
        _line(translate("Opinions", "Closed on"), row.closed_on),
    ]
    return "<br>".join(line for line in lines if line)
