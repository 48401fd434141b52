"""Parsing many files in confined worker processes (intake/workers.py), yielding results in input order.

Long-work protocol in the Orange3 style, with no Qt: `progress(fraction, message)` is called after
each file, and `cancelled()` is polled between files; when it returns True the pending work is
dropped and the generator ends quietly (what was already yielded stays valid).

A file is never parsed in this process. When its worker could not finish it (memory, time, a crash),
the file comes back as one message flagged `not_read`, with the reason in words, so the caller stores it
byte for byte like any other.

Memory (`spool`): with a spool directory, nothing large is held here. A part over LARGE is written to the
spool by the worker (`ParsedDocument.content_path`) instead of being sent through the pipe, and a file over
LARGE is not read at all (`ParsedMessage.raw_path`, its sha256 checked by reading it in chunks): the caller
streams both into the database one at a time. Without a spool the bytes come back in memory, as before.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from panel_app.domain.texts import joined, translate

from .assemble import unreadable
from .dispatch import parse_file
from .limits import MB, IntakeLimits
from .model import NOT_READ, ParsedMessage
from .scan import unreadable_reason
from .workers import WorkerPool

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


LARGE = 8 * MB  # a file or part this large is not sent back through the pipe
CHUNK = 1 * MB


def _work(path: str, reference: str, post: Callable | None = None, post_args: tuple = (),
          spool: str | None = None) -> list[ParsedMessage]:
    """Runs in a worker: one file, then `post(message, *post_args)` into `.extra`; with a `spool`, every part
    over LARGE is written there and sent as its path."""
    messages = parse_file(path, reference)
    for m in messages:
        if post is not None:
            m.extra = post(m, *post_args)
        if len(m.raw) > LARGE and m.kind != "mbox":  # the raw bytes are the file's own
            m.raw, m.raw_path = b"", path
        if spool is not None:
            for d in m.documents:
                if len(d.content) > LARGE:
                    d.content_path = spool_bytes(spool, d.sha256, d.content)
                    d.content = b""
    return messages


def spool_bytes(spool: str, sha: str, data: bytes) -> str:
    """`data` written to the spool directory under its sha256 (the same part twice is one file)."""
    target = Path(spool) / sha
    if not target.exists():
        part = target.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(data)
        part.replace(target)
    return str(target)


def file_sha256(path: str | Path) -> tuple[str, int]:
    """(sha256, size) of a file, read in chunks (never whole)."""
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _reread(m: ParsedMessage, keep_path: bool = False) -> None:
    """A large file's bytes, read here (not parsed), or with `keep_path` only checked in chunks and left on
    disk for the caller to stream; a file changed meanwhile is stored as it is now."""
    path = m.raw_path
    try:
        if keep_path:
            sha, _size = file_sha256(path)
        else:
            m.raw_path, m.raw = None, Path(path).read_bytes()
            sha = hashlib.sha256(m.raw).hexdigest()
    except OSError as exc:
        m.raw_path = None
        m.add_flag(NOT_READ)
        m.add_note(translate("Errors", "the file could no longer be read to store it: {why}").format(
            why=unreadable_reason(Path(path), exc)))
        return
    if sha != m.source_sha256:
        m.source_sha256 = sha
        m.add_note(translate("Errors", "the file changed while it was imported: the stored bytes are the file as it is "
                             "now"))


def not_read(path: str, words: str, keep_path: bool = False) -> ParsedMessage:
    """The file as it is, unparsed, with why it was not read (a large one left on disk with `keep_path`)."""
    p = Path(path)
    try:
        if keep_path and p.stat().st_size > LARGE:
            sha, _size = file_sha256(p)
            msg = unreadable(p.name, b"", flag=NOT_READ, error=_not_read(p.name, words))
            msg.source_sha256, msg.raw_path = sha, str(p)
            return msg
        data = p.read_bytes()
    except OSError as exc:
        data, words = b"", joined([words, unreadable_reason(p, exc)])
    return unreadable(p.name, data, flag=NOT_READ, error=_not_read(p.name, words))


def _not_read(name: str, words: str) -> str:
    return translate("Errors", "{file}: {why}. The file is stored unchanged.").format(file=name, why=words)


def parse_many(paths: Iterable[str | Path], reference: str, *, workers: int = 2,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               post: Callable | None = None, post_args: tuple = (),
               limits: IntakeLimits | None = None) -> Iterator[ParsedMessage]:
    """ParsedMessages of all `paths`, in input order (an mbox yields its messages in place)."""
    for _path, messages in parse_files(paths, reference, workers=workers, progress=progress, cancelled=cancelled,
                                       post=post, post_args=post_args, limits=limits):
        yield from messages


def parse_files(paths: Iterable[str | Path], reference: str, *, workers: int = 2,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                post: Callable | None = None, post_args: tuple = (),
                limits: IntakeLimits | None = None,
               spool: str | None = None) -> Iterator[tuple[str, list[ParsedMessage]]]:
    """(path, its ParsedMessages) for each of `paths`, in input order.

    `spool`: a directory the caller owns (and removes): large parts and files stay on disk (see above).

    `post` (a module-level function, picklable) runs in the worker on each message, its result stored in
    `message.extra`: heavy per-message work (e.g. eligibility suggestions) then uses both cores too.
    """
    items = [str(p) for p in paths]
    total = len(items)
    if not total:
        return

    def stop() -> bool:
        return cancelled is not None and bool(cancelled())

    with WorkerPool(_work, (reference, post, post_args, spool), workers=workers,
                    limits=limits or IntakeLimits.from_env()) as pool:
        for done, outcome in enumerate(pool.run(items, stop), start=1):
            if stop():
                return
            messages = outcome.messages if outcome.failure is None else [
                not_read(outcome.path, outcome.failure, keep_path=spool is not None)]
            for m in messages:
                if m.raw_path and outcome.failure is None:
                    _reread(m, keep_path=spool is not None)
            yield outcome.path, messages
            if progress is not None:
                progress(done / total, f"{done} of {total} files read ({Path(outcome.path).name})")
