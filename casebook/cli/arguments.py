"""What the command line accepts, checked by the parser before anything is opened.

Every value a clerk types is checked here (a year from 1949 to 2100, a date within those years, a
number within sane bounds); a wrong one stops the command with one line naming the option and what
it takes, exit code 2 (:class:`CommandParser`), and nothing is opened or changed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

from casebook.domain.years import EARLIEST_YEAR, LATEST_YEAR, is_register_day, is_register_year
from casebook.i18n import noop, translate

# argparse's own words (its headings, the -h option, its mistakes) in the clerk's language: argparse
# looks up its module's ``_`` (gettext) at each use, so pointing it at our catalogue translates them
# in whatever language the command line chose. A text not listed stays as argparse wrote it.
ARGPARSE_TEXTS = (
    noop("Argparse", "usage: "),
    noop("Argparse", "positional arguments"),
    noop("Argparse", "options"),
    noop("Argparse", "show this help message and exit"),
    noop("Argparse", "show program's version number and exit"),
    noop("Argparse", "the following arguments are required: %s"),
    noop("Argparse", "unrecognized arguments: %s"),
    noop("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    noop("Argparse", "argument %(argument_name)s: %(message)s"),
    noop("Argparse", "expected one argument"),
    noop("Argparse", "expected at most one argument"),
    noop("Argparse", "expected at least one argument"),
    noop("Argparse", "invalid %(type)s value: %(value)r"),
    noop("Argparse", "not allowed with argument %s"),
    noop("Argparse", "one of the arguments %s is required"),
    noop("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    noop("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_text(text: str) -> str:
    return translate("Argparse", text)


vars(argparse)["_"] = _argparse_text


class CommandParser(argparse.ArgumentParser):
    """argparse with its mistakes told on one line (``casebook stats: --year: …``), exit code 2."""

    def error(self, message: str) -> NoReturn:
        line = " ".join(message.split())
        self.exit(2, translate("Cli", "Error: {message}").format(message=f"{self.prog}: {line}") + "\n")


def year(text: str) -> int:
    """A year of the register: 1949 to 2100."""
    value = _integer(text)
    if value is None or not is_register_year(value):
        raise argparse.ArgumentTypeError(
            translate("Cli", "a year from {first} to {last}, not “{text}”").format(
                first=EARLIEST_YEAR, last=LATEST_YEAR, text=_shown(text)
            )
        )
    return value


def day(text: str) -> date:
    """A date YYYY-MM-DD within the register's years."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        value = None
    if value is None or len(text.strip()) != 10 or not is_register_day(value):
        raise argparse.ArgumentTypeError(
            translate("Cli", "a date YYYY-MM-DD from {first} to {last}, not “{text}”").format(
                first=EARLIEST_YEAR, last=LATEST_YEAR, text=_shown(text)
            )
        )
    return value


def month(text: str) -> tuple[int, int]:
    """A month YYYY-MM within the register's years, as (year, month)."""
    parts = text.strip().split("-")
    found = [_integer(part) for part in parts] if len(parts) == 2 and len(parts[0]) == 4 else [None]
    if None in found or not is_register_year(found[0] or 0) or not 1 <= (found[1] or 0) <= 12:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a month YYYY-MM from {first} to {last}, not “{text}”").format(
                first=EARLIEST_YEAR, last=LATEST_YEAR, text=_shown(text)
            )
        )
    return found[0] or 0, found[1] or 0


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``."""

    def check(text: str) -> int:
        value = _integer(text)
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "a whole number from {low} to {high}, not “{text}”").format(
                    low=low, high=high, text=_shown(text)
                )
            )
        return value

    check.__name__ = "whole_number"
    return check


def decimal_number(low: float, high: float) -> Callable[[str], float]:
    """A number (decimals allowed) from ``low`` to ``high``."""

    def check(text: str) -> float:
        try:
            value: float | None = float(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:  # NaN fails both comparisons
            raise argparse.ArgumentTypeError(
                translate("Cli", "a number from {low:g} to {high:g}, not “{text}”").format(
                    low=low, high=high, text=_shown(text)
                )
            )
        return value

    check.__name__ = "decimal_number"
    return check


def file_path(text: str) -> Path:
    """A file or folder name: not empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError(translate("Cli", "a file name, not nothing"))
    return Path(text)


def output_folder_problem(folder: Path) -> str | None:
    """None when ``folder`` is ready to take the files (made here when its parent exists: `-o 交办通知`
    names a new folder); else what is wrong, in the clerk's words."""
    if folder.is_dir():
        return None
    if folder.exists():
        return translate("Cli", "{path} is a file, not a folder").format(path=folder)
    if not folder.parent.is_dir():
        return translate("Cli", "there is no folder {folder}").format(folder=folder.parent)
    try:
        folder.mkdir()
    except OSError as error:
        return translate("Cli", "Could not write {path}: {reason}").format(path=folder, reason=error.strerror or error)
    return None


def _integer(text: str) -> int | None:
    text = text.strip()
    if not text or len(text) > 12 or not text.lstrip("+-").isdigit() or not text.lstrip("+-").isascii():
        return None
    return int(text)


def _shown(text: str, width: int = 40) -> str:
    """The typed value as the message quotes it: one line, not too long."""
    text = text.replace("\n", " ").replace("\r", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
