"""The forms of the 群众意见 view: a new opinion (station, day, voter or anonymous, content …), passing it
on to a unit (转交), the unit's answer (办复), the feedback to the voter (反馈) and closing it (办结).
Each is a :class:`StepDialog`: OK calls the step's service on a worker, a refusal stays in the form
beside the field it concerns."""

from __future__ import annotations

from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.opinions import StationKind
from casebook.i18n import translate
from casebook.services.admin.stations import StationRow
from casebook.services.queries.pickers import Choice
from casebook.ui.dialogs.step_dialog import StepField, StepForm

# A refusal's rule → the field it concerns, in every form of an opinion's step ("day" is its date).
DATE_FIELDS = {"opinion_date_before_previous_step": "day", "opinion_date_in_future": "day"}


def _choices(items: list[Choice]) -> tuple[tuple[str, int], ...]:
    return tuple((item.name, item.id) for item in items)


def new_opinion_form(
    stations: list[StationRow], deputies: list[Choice], categories: list[Choice], station_id: int | None = None
) -> StepForm:
    return StepForm(
        translate("Opinions", "New opinion of the public"),
        [
            StepField(
                "station",
                translate("Opinions", "Station"),
                "choice",
                tuple((s.name, s.id) for s in stations if not s.retired),
                station_id,
            ),
            StepField("day", translate("Opinions", "Received on"), "date"),
            StepField("voter", translate("Opinions", "Voter (leave empty: anonymous)"), "text", required=False),
            StepField("contact", translate("Opinions", "Contact"), "text", required=False),
            StepField("summary", translate("Opinions", "Summary"), "text", required=False),
            StepField("content", translate("Opinions", "Opinion"), "long_text"),
            StepField(
                "deputy", translate("Opinions", "Deputy who received it"), "choice", _choices(deputies), required=False
            ),
            StepField("category", translate("Opinions", "Category"), "choice", _choices(categories), required=False),
        ],
        {
            **DATE_FIELDS,
            "opinion_content": "content",
            "opinion_summary_long": "summary",
            "voter_name_long": "voter",
            "voter_contact_long": "contact",
            "station_retired": "station",
        },
    )


def pass_on_form(units: list[Choice]) -> StepForm:
    return StepForm(
        translate("Opinions", "Pass on to a unit"),
        [
            StepField("unit", translate("Opinions", "Unit"), "choice", _choices(units)),
            StepField("day", translate("Opinions", "Date passed on"), "date"),
        ],
        dict(DATE_FIELDS),
    )


def answer_form() -> StepForm:
    return StepForm(
        translate("Opinions", "The unit's answer"),
        [
            StepField("day", translate("Opinions", "Answered on"), "date"),
            StepField("answer", translate("Opinions", "Answer"), "long_text"),
        ],
        {**DATE_FIELDS, "opinion_answer_text": "answer"},
    )


def feedback_form() -> StepForm:
    return StepForm(
        translate("Opinions", "Feedback to the voter"),
        [
            StepField("day", translate("Opinions", "Fed back on"), "date"),
            StepField(
                "method",
                translate("Opinions", "How"),
                "choice",
                tuple((m.label, m) for m in ContactMethod),
                required=False,
            ),
            StepField(
                "view",
                translate("Opinions", "Voter's view"),
                "choice",
                tuple((v.label, v) for v in RatingLevel),
                required=False,
            ),
            StepField("note", translate("Opinions", "Note"), "long_text", required=False),
        ],
        dict(DATE_FIELDS),
    )


def close_form() -> StepForm:
    return StepForm(
        translate("Opinions", "Close the opinion"),
        [StepField("day", translate("Opinions", "Closed on"), "date")],
        dict(DATE_FIELDS),
    )


def station_form(name: str = "", *, new: bool = True) -> StepForm:
    """A new station (name, kind, town or district), or a station's new name."""
    fields = [StepField("name", translate("Opinions", "Name"), "text", default=name)]
    if new:
        kinds = tuple((kind.label, kind) for kind in StationKind)
        fields += [
            StepField("kind", translate("Opinions", "Kind"), "choice", kinds, StationKind.LIAISON_STATION),
            StepField("area", translate("Opinions", "Town or district"), "text", required=False),
        ]
    title = translate("Opinions", "New station") if new else translate("Opinions", "Rename the station")
    return StepForm(title, fields, {"name_required": "name", "duplicate_name": "name", "station_name_long": "name"})
