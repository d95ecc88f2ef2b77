"""Letters to handling units as Word documents (.docx), filled from templates with docxtpl.

Beside the workbooks, these are the other files the office sends units. The template of each kind is
the office's own when its template folder (setting ``letter_templates``) has one with the kind's
name (``assignment.docx``, ``receipt.docx``, ``reminder.docx``, ``report.docx``), used as it is; else
the shipped one (resources/letters/, built by tools/build_letter_templates.py). A template that is
not a Word document, or whose placeholders do not parse, is refused with the file and the place
(paragraph and its text) of the error, and nothing is written for it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate

from casebook.domain.errors import CasebookError
from casebook.excel.cell_safety import clean_name
from casebook.i18n import noop, translate
from casebook.paths import resources_dir
from casebook.services.admin.office import get_settings
from casebook.services.queries.letters import LETTER_TITLES, Letter, LetterKind
from casebook.store.database import Database

_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')
_DOCXTPL_TAGS = re.compile(r"\{([%{])\s*(?:p|tr|tc|r)\s")


class LetterTemplateError(CasebookError):
    """A template that cannot be used; nothing was written from it."""

    @property
    def message(self) -> str:
        return translate("Letters", self.template).format(**self.params)


@dataclass(frozen=True)
class WrittenLetter:
    kind: LetterKind
    unit: str
    path: Path


def shipped_template(kind: LetterKind) -> Path:
    return resources_dir() / "letters" / f"{kind.value}.docx"


def template_for(kind: LetterKind, office_folder: str) -> Path:
    """The office's template of ``kind`` when its folder has one, else the shipped one. A folder
    the setting names that is not there (a mistyped path, a network drive not connected) is refused:
    the letters would otherwise come out of the shipped templates without a word."""
    if office_folder:
        folder = Path(office_folder).expanduser()
        if not folder.is_dir():
            raise LetterTemplateError(
                noop(
                    "Letters",
                    "The office's letter template folder {folder} (setting letter_templates) is not there: "
                    "correct the setting, or leave it empty to use the shipped templates.",
                ),
                folder=folder,
            )
        own = folder / f"{kind.value}.docx"
        if own.is_file():
            return own
    return shipped_template(kind)


def write_letters(db: Database, letters: list[Letter], folder: Path) -> list[WrittenLetter]:
    """One .docx per letter in ``folder``, named by unit and kind; every template is checked first."""
    office_folder = get_settings(db).letter_templates
    templates = {kind: template_for(kind, office_folder) for kind in {letter.kind for letter in letters}}
    for template in templates.values():
        check_template(template)
    written: list[WrittenLetter] = []
    used: set[str] = set()
    for letter in letters:
        document = DocxTemplate(str(templates[letter.kind]))
        try:
            document.render(letter.values, autoescape=True)
        except jinja2.TemplateError as error:
            raise _refused(templates[letter.kind], error) from error
        path = folder / _file_name(letter, used)
        document.save(str(path))
        written.append(WrittenLetter(letter.kind, letter.unit, path))
    return written


def check_template(path: Path) -> None:
    """Refuse a template that is no Word document, or whose placeholders do not parse, naming the place."""
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise LetterTemplateError(
            noop("Letters", "The letter template {path} is not a Word document (.docx): {error}"),
            path=path,
            error=error,
        ) from error
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.extend(cell.text for cell in row.cells)
    environment = jinja2.Environment()
    source = "\n".join(_DOCXTPL_TAGS.sub(r"{\1 ", text) for text in paragraphs)
    try:
        environment.parse(source)
    except jinja2.TemplateSyntaxError as error:
        line = (error.lineno or 1) - 1
        place = paragraphs[line] if 0 <= line < len(paragraphs) else ""
        raise LetterTemplateError(
            noop("Letters", "The letter template {path} has an error in paragraph {number} («{text}»): {error}"),
            path=path,
            number=line + 1,
            text=place.strip()[:80],
            error=error.message or "",
        ) from error


def _refused(path: Path, error: jinja2.TemplateError) -> LetterTemplateError:
    return LetterTemplateError(
        noop("Letters", "The letter template {path} could not be filled in: {error}"), path=path, error=error
    )


def _file_name(letter: Letter, used: set[str]) -> str:
    unit = _UNSAFE_IN_NAME.sub("_", clean_name(letter.unit)).strip("._")[:40] or "unit"
    stem = f"{unit}_{LETTER_TITLES[letter.kind]}"
    name, n = stem, 1
    while name.casefold() in used:
        n += 1
        name = f"{stem}_{n}"
    used.add(name.casefold())
    return name + ".docx"
