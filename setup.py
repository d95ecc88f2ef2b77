"""Build hook: a built wheel carries migrations/ and resources/ inside the package.

In the source tree those folders stay at the top, beside casebook/. A regular (non-editable) build
copies them into the package as casebook/migrations and casebook/resources, so that a wheel
installed without the source tree finds them; an editable install keeps using the checkout's
folders. casebook/paths.py knows both places. Everything else (metadata, the version) lives in
setup.cfg.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE = "casebook"
DATA_FOLDERS = ("migrations", "resources")
SKIPPED_DIRS = {"__pycache__"}
SKIPPED_SUFFIXES = {".pyc", ".pyo"}


def data_files() -> list[tuple[Path, Path]]:
    """(source file, path inside the package) for every file of the data folders."""
    pairs: list[tuple[Path, Path]] = []
    for folder in DATA_FOLDERS:
        for directory, subdirs, files in os.walk(ROOT / folder):
            subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
            for name in sorted(files):
                source = Path(directory) / name
                if source.suffix not in SKIPPED_SUFFIXES:
                    pairs.append((source, source.relative_to(ROOT)))
    return pairs


class BuildPyWithData(build_py):
    """build_py that also places the data folders into build/lib/casebook/."""

    def _data_mapping(self) -> dict[str, str]:
        package_dir = Path(self.build_lib) / PACKAGE
        return {str(package_dir / inside): str(source) for source, inside in data_files()}

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the checkout's own folders are used
            return
        for folder in DATA_FOLDERS:  # drop files left by an earlier build (e.g. a removed revision)
            stale = Path(self.build_lib) / PACKAGE / folder
            if stale.exists():
                shutil.rmtree(stale)
        for target, source in self._data_mapping().items():
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            self.copy_file(source, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        return outputs + [target for target in self._data_mapping() if target not in outputs]

    def get_output_mapping(self) -> dict[str, str]:
        return {**super().get_output_mapping(), **self._data_mapping()}


setup(cmdclass={"build_py": BuildPyWithData})
