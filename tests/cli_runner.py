"""The `casebook` command run inside the test's process: the same ``casebook.cli.main.main`` that the
installed command runs, with its own arguments, environment, working folder, standard input, clock
and language, and its output and exit code captured like ``subprocess.run`` captures them.

A real process costs about 0.7 s (Python, SQLAlchemy and the models imported again); the suite runs
some four hundred commands. What needs a process of its own stays one: sign-in at a terminal, two
programs on one file, a broken pipe, the modules a command loads, the installed entry points
(tests/packaging, tests/cli/test_cli_failures.py, test_cli_without_qt.py, test_cli_lazy_commands.py,
the races and crash tests) — those call :func:`casebook_process`.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

from casebook import clock, i18n

COMMAND = [sys.executable, "-m", "casebook"]


def casebook(
    *args: str | Path,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """``casebook ARGS`` in this process: ``env`` replaces the environment for the call (as
    ``subprocess.run(env=…)`` does), its CASEBOOK_TODAY fixes today; standard input is ``input``
    (not a terminal)."""
    from casebook.cli.main import main

    argv = [str(arg) for arg in args]
    out, err = _Capture(), _Capture()
    code: int
    with (
        _environment(env),
        _working_folder(cwd),
        _today(),
        _language_kept(),
        _streams(out, err, input),
    ):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse: --help, --version, a mistake
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
            if isinstance(stop.code, str):
                print(stop.code, file=sys.stderr)
    return subprocess.CompletedProcess([*COMMAND, *argv], code, out.text(), err.text())


def casebook_process(
    *args: str | Path,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
    input: str | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``casebook ARGS`` as a process of its own (for what only a process shows)."""
    return subprocess.run(
        [*COMMAND, *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        env=None if env is None else dict(env),
        cwd=cwd,
        input=input,
        timeout=timeout,
    )


class _Capture(io.TextIOWrapper):
    """A text stream with a ``buffer`` (some commands write bytes) and no terminal behind it."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:  # like a pipe the test reads, which has no descriptor to share here
        raise io.UnsupportedOperation("fileno")

    def text(self) -> str:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue().decode("utf-8")


@contextlib.contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    if env is None:
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _working_folder(cwd: str | Path | None) -> Iterator[None]:
    if cwd is None:
        yield
        return
    with contextlib.chdir(cwd):
        yield


@contextlib.contextmanager
def _today() -> Iterator[None]:
    """Today as a process started now would see it: CASEBOOK_TODAY if set (the suite sets it for the
    whole run, a test may set its own day), else the test's own fixed day."""
    value = os.environ.get(clock.TODAY_VARIABLE, "").strip()
    if not value:
        yield
        return
    with clock.fixed(date.fromisoformat(value)):
        yield


@contextlib.contextmanager
def _language_kept() -> Iterator[None]:
    """The command installs its language's catalogue; the test's own is put back afterwards."""
    saved = (i18n._translator, i18n._plural_translator)
    try:
        yield
    finally:
        i18n.install(*saved)


@contextlib.contextmanager
def _streams(out: _Capture, err: _Capture, input: str | None) -> Iterator[None]:
    saved = (sys.stdin, sys.stdout, sys.stderr)
    sys.stdin = io.StringIO(input or "")
    sys.stdout, sys.stderr = out, err
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
