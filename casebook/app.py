"""Entry point of the `casebook` command and of main.py."""

from __future__ import annotations

import sys

from casebook.cli.main import main as cli_main


def main() -> None:
    sys.exit(cli_main())
