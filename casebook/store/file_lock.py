"""Whether another program holds a database file, asked the way the operating system enforces it.

On Windows (the offices' PCs) a file another process holds open and locked cannot be renamed over,
deleted or written in its locked bytes; on Linux and macOS nothing stops that, and a database
replaced under a program that still writes to it is torn. So the backup and restore code never
relies on either behaviour: before it replaces or moves a database file it takes the locks SQLite
itself takes (:func:`exclusive`), and a file another program holds is refused with
:class:`FileHeld` instead of being replaced.

- POSIX: an exclusive ``fcntl`` lock over the whole file (it conflicts with every lock SQLite takes,
  which lie at offset 1 GiB) and over the ``-shm`` file's "a connection is open" byte (SQLite's own
  test for other connections in WAL mode).
- Windows: ``msvcrt.locking`` over SQLite's lock bytes (the pending byte and the shared range).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from casebook.domain.errors import CasebookError

PENDING_BYTE = 0x40000000  # where SQLite's file locks lie (os_unix.c, os_win.c)
LOCK_RANGE = 2 + 510  # the pending and reserved bytes and the shared range after them
SHM_DMS_BYTE = 128  # the -shm byte every open WAL connection holds a shared lock on (os_unix.c)


class FileHeld(CasebookError):
    """Another program holds the database file: it was not replaced or moved."""


@contextmanager
def exclusive(path: Path) -> Iterator[BinaryIO]:
    """Hold ``path`` open for reading and writing, with every other program's SQLite shut out.

    Raises :class:`FileHeld` when another process has it locked or (WAL) open."""
    try:
        stream = path.open("r+b")
    except PermissionError as error:
        raise held(path) from error
    with stream:
        if not _try_lock(stream):
            raise held(path)
        try:
            if _shm_in_use(path):
                raise held(path)
            yield stream
        finally:
            _unlock(stream)


def in_use(path: Path) -> bool:
    """Whether another program holds ``path`` (locked, or open in WAL mode); ``False`` when missing."""
    if not path.is_file():
        return False
    try:
        with exclusive(path):
            return False
    except FileHeld:
        return True


def held(path: Path) -> FileHeld:
    from casebook.i18n import noop

    return FileHeld(
        noop(
            "Rule",
            "Another program holds the file {path} (a Casebook window, or a program that opened it); close it "
            "and try again. The file was not changed.",
        ),
        path=str(path),
    )


if sys.platform == "win32":  # pragma: no cover - the offices' PCs; CI runs on Linux
    import msvcrt

    def _try_lock(stream: BinaryIO) -> bool:
        stream.seek(PENDING_BYTE)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, LOCK_RANGE)
        except OSError:
            return False
        finally:
            stream.seek(0)
        return True

    def _unlock(stream: BinaryIO) -> None:
        stream.seek(PENDING_BYTE)
        with suppress(OSError):
            msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, LOCK_RANGE)
        stream.seek(0)

    def _shm_in_use(path: Path) -> bool:
        shm = path.with_name(path.name + "-shm")
        if not shm.exists():
            return False
        try:
            os.rename(shm, shm)  # Windows refuses to touch a file another process has open
        except OSError:
            return True
        return False

else:
    import fcntl

    def _try_lock(stream: BinaryIO) -> bool:
        try:
            fcntl.lockf(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(stream: BinaryIO) -> None:
        fcntl.lockf(stream.fileno(), fcntl.LOCK_UN)

    def _shm_in_use(path: Path) -> bool:
        shm = path.with_name(path.name + "-shm")
        try:
            descriptor = os.open(shm, os.O_RDWR)
        except OSError:
            return False  # no -shm: no connection in WAL mode
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_BYTE)
        except OSError:
            return True
        else:
            fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, SHM_DMS_BYTE)
            return False
        finally:
            os.close(descriptor)
