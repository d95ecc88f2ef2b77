"""Build an offline wheelhouse: Casebook's own wheel and every wheel it needs, for one target platform.

Run on a machine that reaches PyPI; copy the folder to the office PC; install there with no network:

    python tools/wheelhouse.py --dest wheelhouse [--platform TAG ...] [--python-version 3.11] [--extras test]
    pip install --no-index --find-links wheelhouse 'casebook[test]'

Without --platform the wheels are for the machine running the script. For another machine give its
platform tag(s), e.g. ``--platform win_amd64`` (64-bit Windows) or ``--platform manylinux_2_28_x86_64``
(a Linux with glibc 2.28 or newer; older manylinux tags are added, since pip does not add them
itself). Only binary wheels are taken (``pip download --only-binary=:all:``), so nothing has to be
built on the office PC.

The dependencies are resolved from the metadata of the wheel just built (from setup.cfg), so the
wheelhouse holds exactly what ``pip install 'casebook[EXTRAS]'`` will ask for. pip evaluates
environment markers for the machine it runs on, even with --platform (pytest needs colorama only
``sys_platform == "win32"``), so the script then reads every wheel's requirements, evaluates their
markers for the target and downloads what pip left out. A final ``pip download --no-index`` against
the wheelhouse proves that it resolves from the wheelhouse alone.
"""

from __future__ import annotations

import argparse
import email.parser
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
except ImportError:  # pip's own copy, always there
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent

# Left out of the copy of the source tree that the wheel is built from: version control, caches,
# build output, databases, and stray wheels.
IGNORED = shutil.ignore_patterns(
    ".git",
    "build",
    "dist",
    "wheelhouse",
    "*.egg-info",
    "__pycache__",
    "*.py[cod]",
    ".hypothesis",
    ".benchmarks",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "*.sqlite",
    "*.sqlite-*",
    "*.whl",
    ".venv",
    "venv",
)

MANYLINUX = re.compile(r"^manylinux_(?P<major>\d+)_(?P<minor>\d+)_(?P<arch>.+)$")
LEGACY_MANYLINUX = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--dest", type=Path, default=Path("wheelhouse"), help="folder for the wheels (created)")
    parser.add_argument(
        "--platform",
        action="append",
        default=[],
        metavar="TAG",
        help="target platform tag, repeatable (default: this machine), e.g. win_amd64, manylinux_2_28_x86_64",
    )
    parser.add_argument("--python-version", metavar="X.Y", help="target Python version (default: this one), e.g. 3.11")
    parser.add_argument("--implementation", metavar="IMPL", help="target Python implementation, e.g. cp")
    parser.add_argument(
        "--extras", default="test", help="comma-separated extras to include (default: test; empty for none)"
    )
    args = parser.parse_args(argv)

    dest = args.dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    own_wheel = build_own_wheel(dest)
    print(f"built {own_wheel.name}")

    target = target_options(expand_platforms(args.platform), args.python_version, args.implementation)
    extras = ",".join(e.strip() for e in args.extras.split(",") if e.strip())
    requirement = f"{own_wheel}[{extras}]" if extras else str(own_wheel)
    pip("download", "--only-binary=:all:", *target, "--dest", str(dest), requirement)
    environment = target_environment(args.platform, args.python_version)
    if environment is not None:
        add_marker_requirements(dest, target, environment, set(extras.split(",")) if extras else set())
    # Everything again, from the wheelhouse alone: fails if a wheel is missing for the target.
    pip(
        "download",
        "--no-index",
        "--find-links",
        str(dest),
        "--only-binary=:all:",
        *target,
        "--dest",
        str(dest),
        f"casebook[{extras}]" if extras else "casebook",
    )
    wheels = sorted(dest.glob("*.whl"))
    size = sum(w.stat().st_size for w in wheels)
    print(f"{len(wheels)} wheels, {size / 2**20:.0f} MiB in {dest}")
    return 0


def build_own_wheel(dest: Path) -> Path:
    """``pip wheel --no-deps`` of a clean copy of the source tree (no stale build/ folder is reused)."""
    with tempfile.TemporaryDirectory(prefix="casebook-wheel-") as tmp:
        source = Path(tmp) / "casebook"
        shutil.copytree(ROOT, source, ignore=IGNORED)
        built = Path(tmp) / "out"
        pip("wheel", "--no-deps", "--wheel-dir", str(built), str(source))
        (wheel,) = built.glob("casebook-*.whl")
        target = dest / wheel.name
        shutil.copyfile(wheel, target)
        return target


def expand_platforms(platforms: list[str]) -> list[str]:
    """Add the older manylinux tags a ``manylinux_2_X`` system also runs (pip only does that for itself)."""
    expanded: list[str] = []
    for tag in platforms:
        expanded.append(tag)
        match = MANYLINUX.match(tag)
        if match is None or match["major"] != "2":
            continue
        arch = match["arch"]
        for minor in range(int(match["minor"]) - 1, 4, -1):
            expanded.append(f"manylinux_2_{minor}_{arch}")
            if minor in LEGACY_MANYLINUX:
                expanded.append(f"{LEGACY_MANYLINUX[minor]}_{arch}")
    return list(dict.fromkeys(expanded))


def target_options(platforms: list[str], python_version: str | None, implementation: str | None) -> list[str]:
    options: list[str] = []
    for tag in platforms:
        options += ["--platform", tag]
    if python_version:
        options += ["--python-version", python_version]
    if implementation:
        options += ["--implementation", implementation]
    return options


def target_environment(platforms: list[str], python_version: str | None) -> dict[str, str] | None:
    """The PEP 508 marker variables of the target, or None when it is this machine (pip is right)."""
    if not platforms and not python_version:
        return None
    environment: dict[str, str] = dict(default_environment())
    if python_version:
        environment["python_version"] = ".".join(python_version.split(".")[:2])
        environment["python_full_version"] = python_version if python_version.count(".") == 2 else python_version + ".0"
    if platforms:
        environment.update(platform_markers(platforms[0]))
    return environment


def platform_markers(tag: str) -> dict[str, str]:
    """sys_platform, platform_system, os_name and platform_machine of a wheel platform tag."""
    machine = tag.split("_", 1)[1] if "_" in tag else tag
    if tag.startswith("win"):
        windows_machine = {"win32": "x86", "win_amd64": "AMD64", "win_arm64": "ARM64"}.get(tag, machine)
        return {
            "sys_platform": "win32",
            "platform_system": "Windows",
            "os_name": "nt",
            "platform_machine": windows_machine,
        }
    if tag.startswith("macosx"):
        arch = tag.rsplit("_", 1)[1]
        return {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": arch}
    for arch in ("x86_64", "aarch64", "i686", "ppc64le", "s390x", "armv7l"):
        if tag.endswith(arch):
            return {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": arch}
    return {}


def wheel_metadata(wheel: Path) -> tuple[str, list[str]]:
    """(canonical name, Requires-Dist lines) of a wheel."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA"))
        message = email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))
    return canonical(message["Name"]), message.get_all("Requires-Dist") or []


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def add_marker_requirements(dest: Path, target: list[str], environment: dict[str, str], extras: set[str]) -> None:
    """Download the requirements whose markers hold on the target but not here, until none is missing."""
    for _ in range(20):
        present: dict[str, list[str]] = dict(wheel_metadata(wheel) for wheel in sorted(dest.glob("*.whl")))
        missing: set[str] = set()
        for name, requirements in present.items():
            active_extras = extras if name == "casebook" else set()
            for line in requirements:
                requirement = Requirement(line)
                if canonical(requirement.name) in present:
                    continue
                marker = requirement.marker
                if marker is None or any(
                    marker.evaluate({**environment, "extra": extra}) for extra in active_extras | {""}
                ):
                    requirement.marker = None
                    missing.add(str(requirement))
        if not missing:
            return
        print("for the target, also: " + ", ".join(sorted(missing)), flush=True)
        pip(
            "download", "--only-binary=:all:", *target, "--find-links", str(dest), "--dest", str(dest), *sorted(missing)
        )
    raise SystemExit("the requirements for the target did not settle after 20 rounds")


def pip(*args: str) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, check=True)


if __name__ == "__main__":
    sys.exit(main())
