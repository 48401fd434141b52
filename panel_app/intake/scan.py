"""The files to import from a selection of files and folders, and the paths that cannot be read, in words."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from panel_app.domain.texts import translate

_KINDS = ((stat.S_ISFIFO, translate("Errors", "a named pipe, not a file: skipped")),
          (stat.S_ISSOCK, translate("Errors", "a socket, not a file: skipped")),
          (stat.S_ISCHR, translate("Errors", "a device, not a file: skipped")),
          (stat.S_ISBLK, translate("Errors", "a device, not a file: skipped")))


@dataclass
class Scan:
    files: list[Path] = field(default_factory=list)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)  # (path, why, in words)


def unreadable_reason(path: Path, exc: OSError) -> str:
    """Why `path` cannot be read, in words a secretary can act on."""
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return translate("Errors", "a link to {target}, which does not exist: nothing to store").format(
            target=os.readlink(path))
    if exc.errno == errno.ELOOP:
        return translate("Errors", "a link that leads back to itself: nothing to store")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Errors", "could not be opened (permission denied): give your account read access and "
                         "import it again")
    return translate("Errors", "could not be opened ({error}): nothing stored; check the file and import it "
                     "again").format(error=exc.strerror or exc)


def _check(path: Path) -> str | None:
    """None for a readable regular file, else why not."""
    try:
        st = path.stat()
    except OSError as exc:
        return unreadable_reason(path, exc)
    if stat.S_ISDIR(st.st_mode):
        return translate("Errors", "a link to a folder, which is not followed: import that folder itself if you "
                         "need it")
    if not stat.S_ISREG(st.st_mode):
        return next((words for test, words in _KINDS if test(st.st_mode)),
                    translate("Errors", "not a regular file: skipped"))
    try:  # opened and closed at once: os.open, without the buffered file object open() builds (~3 us a file)
        os.close(os.open(path, os.O_RDONLY))
    except OSError as exc:
        return unreadable_reason(path, exc)
    return None


def _walk(folder: Path, scan: Scan) -> list[Path]:
    found: list[Path] = []

    def failed(exc: OSError) -> None:
        scan.unreadable.append((Path(exc.filename or folder), "a folder that could not be opened "
                                f"({exc.strerror or exc}): its files were not imported"))

    for root, dirs, files in os.walk(folder, onerror=failed):  # links to folders are not followed
        base = Path(root)
        for d in dirs:
            if (base / d).is_symlink():
                found.append(base / d)
        found.extend(base / f for f in files)
    return sorted(found)


def scan_paths(paths: Iterable[str | Path]) -> Scan:
    """Every file given, and every file under each folder given (recursive, sorted), once each.

    Nothing is skipped by name or extension: a file that is neither mail nor PDF is imported and
    flagged `not_mail`, so the secretary sees it rather than losing it. What cannot be read (a dangling
    link, a named pipe, a file without read permission) is listed in `unreadable` with the reason.
    """
    scan = Scan()
    seen: set[Path] = set()
    folders: dict[Path, Path] = {}
    for raw in paths:
        p = Path(raw)
        walked = p.is_dir()
        entries = _walk(p, scan) if walked else [p]
        for f in entries:
            why = _check(f)
            key = (_resolved(f, folders) if walked else f.resolve()) if why is None else f.absolute()
            if key in seen:
                continue
            seen.add(key)
            if why is None:
                scan.files.append(f)
            else:
                scan.unreadable.append((f, why))
    return scan


def _resolved(f: Path, folders: dict[Path, Path]) -> Path:
    """`f.resolve()` for a file found in a folder: a file that is not a link is its folder's real path and its name
    (each folder resolved once: `resolve` looks at every part of the path for links, ~30 us a file)."""
    try:
        if not stat.S_ISLNK(os.lstat(f).st_mode):
            folder = folders.get(f.parent)
            if folder is None:
                folder = folders[f.parent] = f.parent.resolve()
            return folder / f.name
    except OSError:
        pass
    return f.resolve()


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The readable files of `scan_paths`."""
    return scan_paths(paths).files
