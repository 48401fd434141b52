"""Scratch folders of the import (large parts spooled by the workers) and of OCR (page images): one per run,
under the app's data directory, removed when the run ends, and swept at the next start when their owner died
without removing them (`kill -9`, a power cut, the task manager).

Each run's folder is `<root>/<kind>-<pid>-<random>/` and holds `owner.lock`, which the owning process keeps
locked (flock on Linux and macOS, msvcrt.locking on Windows) for as long as it runs. The operating system
drops a lock with its process, however the process ends, so a folder whose lock can be taken has no owner any
more: `sweep()` removes it. A pid reused by another program does not matter (the lock is the test, not the
pid). Parsing workers started by fork inherit the lock and end with their parent (intake/confine.py).

Root: PANEL_SCRATCH_DIR when set, else `<user data dir>/scratch` (platformdirs, as the database's folder).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)
LOCK = "owner.lock"
UNLOCKED_GRACE = 60.0  # seconds a folder may stay without its lock file (being created) before it is swept


def scratch_root() -> Path:
    named = os.environ.get("PANEL_SCRATCH_DIR")
    if named:
        return Path(named)
    from platformdirs import user_data_dir

    return Path(user_data_dir("panel_app", appauthor=False)) / "scratch"


def _try_lock(fd: int) -> bool:
    """Lock `fd` without waiting; False when another process holds it."""
    try:
        if sys.platform.startswith("win"):
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class ScratchDir:
    """A run's scratch folder (`name`, `path`), locked by this process until `cleanup()` removes it."""

    def __init__(self, kind: str, root: Path | None = None):
        root = root or scratch_root()
        root.mkdir(parents=True, exist_ok=True)
        sweep(root)
        self.path = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=root))
        self.name = str(self.path)
        self._fd: int | None = os.open(self.path / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):  # a brand-new file: nobody else can hold it
            log.warning("scratch: could not lock %s", self.path)

    def cleanup(self) -> None:
        if self._fd is None:
            return
        for child in self.path.iterdir():  # the lock file last: it says the folder is in use
            if child.name != LOCK:
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        os.close(self._fd)  # Windows cannot delete a file that is open
        self._fd = None
        shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


def _orphaned(folder: Path) -> bool:
    """True when no process holds the folder's lock (its owner has ended)."""
    lock = folder / LOCK
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:  # no lock file: being created, or left half-made long ago
        try:
            return time.time() - folder.stat().st_mtime > UNLOCKED_GRACE
        except OSError:
            return False
    except OSError:
        return False
    try:
        return _try_lock(fd)
    finally:
        os.close(fd)  # the lock (if taken) goes with it


def sweep(root: Path | None = None) -> list[Path]:
    """Remove the scratch folders whose owner has ended; returns them. Never raises."""
    root = root or scratch_root()
    removed: list[Path] = []
    try:
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return removed
    for folder in folders:
        if _orphaned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
            log.info("scratch: removed %s, left by a run that did not end normally", folder)
    return removed
