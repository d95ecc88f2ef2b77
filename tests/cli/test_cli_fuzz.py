"""Every command of the command line, driven in-process with random arguments (hypothesis).

The commands are read from the parser itself, so a command added later is fuzzed too. Each option
gets values near and beyond its bounds (years 1900–2200, dates from 0001 to 9999, numbers up to
10**21, NaN), files that are missing, folders, text named .xlsx, a real backup, and any text; then
the command must end with exit code 0, 1 (e.g. an import with refused rows) or 2 (a mistake in what
was typed, or a refusal), one message, and never a traceback or the defect exit (70).
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.cli import main as cli
from casebook.store.backup import NO_BACKUPS, backup_file
from casebook.store.database import open_database
from tests.cli.test_cli_backup import register

EXAMPLES = 25
SLOW = {"demo": 1, "screenshot": 5}  # each example loads 690 cases or draws a window
NOT_HERE = {"sign_in_user", "db", "lang"}  # the global options the test sets itself


Parsers = dict[tuple[str, ...], argparse.ArgumentParser]


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Parsers:
    """Every command's own parser, by its words (``("accounts", "add")``)."""
    found: Parsers = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = commands(sub, (*prefix, name))
                found.update(nested or {(*prefix, name): sub})
    return found


COMMANDS = commands(cli.build_parser())
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=24)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A small register, a backup of it, and files of every sort the options may be given."""
    folder = tmp_path_factory.mktemp("fuzz")
    database = folder / "casebook.sqlite"
    register(database, "0001", "0002")
    open_database(str(database), backups=NO_BACKUPS).close()
    backup = folder / "backup.sqlite"
    backup_file(database, backup)
    (folder / "text.xlsx").write_text("序号,标题\n1,关于加强快递安全管理的建议\n", encoding="utf-8")
    (folder / "folder").mkdir()
    with pytest.MonkeyPatch.context() as patch:  # a defect's log goes here, not to the user's folder
        patch.chdir(folder)  # a random relative file name is written here, not into the checkout
        patch.setenv("XDG_STATE_HOME", str(folder / "state"))
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        for variable in ("CASEBOOK_USER", "CASEBOOK_PASSWORD", "CASEBOOK_NEW_PASSWORD", "CASEBOOK_DB"):
            patch.delenv(variable, raising=False)
        yield {"database": database, "backup": backup, "folder": folder}


def files(folder: Path, backup: Path) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            str(folder / "missing.xlsx"),
            str(folder / "text.xlsx"),
            str(folder / "folder"),
            str(folder / "out.xlsx"),
            str(folder / "out.png"),
            str(folder / "copy.sqlite"),
            str(folder / "no-such-folder" / "out.xlsx"),
            str(backup),
            "",
        ]
    )


def values(action: argparse.Action, paths: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Values for one option: what it takes, what lies just beyond, and anything."""
    kind = getattr(action.type, "__name__", "")
    near: list[st.SearchStrategy[str]] = [TEXT]
    if action.choices is not None:
        near.append(st.sampled_from([str(choice) for choice in action.choices]))
    if kind == "year" or action.type is int:
        near.append(st.integers(1900, 2200).map(str))
    if kind in ("day", "fromisoformat"):
        near.append(st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat))
        near.append(st.dates(date(1948, 1, 1), date(2101, 12, 31)).map(date.isoformat))
    if kind == "month":
        near.append(st.tuples(st.integers(1900, 2200), st.integers(0, 13)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}"))
    if kind in ("whole_number", "decimal_number", "seconds") or action.type in (int, float):
        near.append(st.integers(-5, 50).map(str))
        near.append(st.sampled_from(["99999999999999999999", "-1", "0", "1e309", "nan", "inf", "0.5"]))
    if action.type is Path or kind in ("Path", "file_path"):
        near.append(paths)
    return st.one_of(*near)


def arguments(parser: argparse.ArgumentParser, paths: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    parts: list[st.SearchStrategy[list[str]]] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction) or action.dest in NOT_HERE:
            continue
        if action.option_strings:
            flag = action.option_strings[-1]
            if action.nargs == 0:
                parts.append(st.sampled_from([[], [flag]]))
            else:
                chosen = values(action, paths).map(lambda value, flag=flag: [flag, value])
                parts.append(chosen if action.required else st.one_of(st.just([]), chosen))
        elif action.nargs == "?":
            parts.append(st.one_of(st.just([]), values(action, paths).map(lambda value: [value])))
        else:
            parts.append(values(action, paths).map(lambda value: [value]))
    extra = st.one_of(st.just([]), st.lists(TEXT, max_size=2))  # words no command takes
    return st.tuples(*parts, extra).map(lambda chunks: [word for chunk in chunks for word in chunk])


@pytest.mark.parametrize("words", sorted(COMMANDS), ids=" ".join)
def test_random_arguments_never_end_in_a_traceback(
    words: tuple[str, ...], office: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = files(office["folder"], office["backup"])

    @settings(
        max_examples=SLOW.get(words[0], EXAMPLES),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(arguments(COMMANDS[words], paths))
    def run(rest: list[str]) -> None:
        argv = ["--lang", "en", "--db", str(office["database"]), *words, *rest]
        try:
            code = cli.main(argv)
        except SystemExit as stop:  # the parser's own ending: --help (0) or a mistake (2)
            code = stop.code if isinstance(stop.code, int) else 2
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), f"casebook {' '.join(argv)} ended with {code}:\n{err}"
        assert "Traceback" not in out + err, f"casebook {' '.join(argv)}:\n{err}"
        if code == 2 and err:
            assert err.count("\n") <= 2, f"casebook {' '.join(argv)}: more than a line or two:\n{err}"
        for partial in office["folder"].rglob("*.partial*"):
            raise AssertionError(f"casebook {' '.join(argv)} left {partial}")

    run()
    if not office["database"].exists():  # a restore or a demo may replace it, never lose it
        shutil.copyfile(office["backup"], office["database"])
