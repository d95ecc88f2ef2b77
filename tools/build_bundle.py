"""Build Casebook as a self-contained one-folder program with PyInstaller (casebook.spec).

    pip install -e '.[bundle]'            # PyInstaller
    python tools/build_bundle.py [--distpath dist] [--workpath build/pyinstaller]

The result is dist/casebook/: the program dist/casebook/casebook (casebook.exe on Windows) and its
_internal/ folder. Copy the whole folder to the office PC; it needs no Python there. PyInstaller
builds for the system it runs on, so build a Windows bundle on Windows (same command).

After building, the script runs the bundle's ``--version`` and ``init`` on a temporary database as a
smoke test, and prints the build time and the bundle's size.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "casebook.spec"
NAME = "casebook"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder Casebook bundle with PyInstaller.")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="where dist/casebook/ goes")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-check", action="store_true", help="skip the smoke test of the built program")
    args = parser.parse_args(argv)

    if not _has_pyinstaller():
        print("PyInstaller is not installed: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    program = build(args.distpath.resolve(), args.workpath.resolve(), clean=args.clean)
    elapsed = time.monotonic() - started
    folder = program.parent
    print(f"built {program} in {elapsed:.0f} s; {folder_size(folder) / 2**20:.0f} MiB in {folder}")
    if not args.no_check:
        smoke_test(program)
    return 0


def build(distpath: Path, workpath: Path, *, clean: bool = False) -> Path:
    """Run PyInstaller on casebook.spec; returns the path of the built program."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(distpath),
        "--workpath",
        str(workpath),
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    # The source tree first on the path: the bundle is made of this checkout's casebook/, whatever
    # else may be installed.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return program_path(distpath)


def program_path(distpath: Path) -> Path:
    return distpath / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def setup_cfg_version() -> str:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config["metadata"]["version"]


def smoke_test(program: Path) -> None:
    """The bundle starts, knows its version, and creates a database with its migrations."""
    expected = f"{NAME} {setup_cfg_version()}"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=True).stdout.strip()
    if version != expected:
        raise SystemExit(f"the bundle says {version!r}, setup.cfg says {expected!r}")
    with tempfile.TemporaryDirectory(prefix="casebook-bundle-") as tmp:
        database = Path(tmp) / "smoke.sqlite"
        subprocess.run([str(program), "--lang", "en", "--db", str(database), "init"], check=True)
        if not database.exists():
            raise SystemExit(f"the bundle did not create {database}")
    print(f"smoke test passed: {version}")


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def _has_pyinstaller() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


if __name__ == "__main__":
    sys.exit(main())
