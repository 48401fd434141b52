"""Parsing many files in confined worker processes (intake/workers.py), yielding results in input order.

Long-work protocol in the Orange3 style, with no Qt: `progress(fraction, message)` is called after
each file, and `cancelled()` is polled between files; when it returns True the pending work is
dropped and the generator ends quietly (what was already yielded stays valid).

A file is never parsed in this process. When its worker could not finish it (memory, time, a crash),
the file's bytes are read here, unparsed, and come back as one message flagged `not_read`, with the
reason in words, so the caller stores it byte for byte like any other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .assemble import unreadable
from .dispatch import parse_file
from .limits import MB, IntakeLimits
from .model import NOT_READ, ParsedMessage
from .scan import unreadable_reason
from .workers import WorkerPool

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


LARGE = 8 * MB  # a file this large is not sent back through the pipe: the parent reads it from disk


def _work(path: str, reference: str, post: Callable | None = None, post_args: tuple = ()) -> list[ParsedMessage]:
    """Runs in a worker: one file, then `post(message, *post_args)` into `.extra`."""
    messages = parse_file(path, reference)
    for m in messages:
        if post is not None:
            m.extra = post(m, *post_args)
        if len(m.raw) > LARGE and m.kind != "mbox":  # the raw bytes are the file's own
            m.raw, m.raw_path = b"", path
    return messages


def _reread(m: ParsedMessage) -> None:
    """The bytes of a large file, read here (not parsed); a file changed meanwhile is stored as it is now."""
    path, m.raw_path = m.raw_path, None
    try:
        m.raw = Path(path).read_bytes()
    except OSError as exc:
        m.add_flag(NOT_READ)
        m.add_note(f"the file could no longer be read to store it: {unreadable_reason(Path(path), exc)}")
        return
    sha = hashlib.sha256(m.raw).hexdigest()
    if sha != m.source_sha256:
        m.source_sha256 = sha
        m.add_note("the file changed while it was imported: the stored bytes are the file as it is now")


def not_read(path: str, words: str) -> ParsedMessage:
    """The file as it is, unparsed, with why it was not read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        data, words = b"", f"{words}; {unreadable_reason(p, exc)}"
    return unreadable(p.name, data, flag=NOT_READ, error=f"{p.name}: {words}. The file is stored unchanged.")


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
                limits: IntakeLimits | None = None) -> Iterator[tuple[str, list[ParsedMessage]]]:
    """(path, its ParsedMessages) for each of `paths`, in input order.

    `post` (a module-level function, picklable) runs in the worker on each message, its result stored in
    `message.extra`: heavy per-message work (e.g. eligibility suggestions) then uses both cores too.
    """
    items = [str(p) for p in paths]
    total = len(items)
    if not total:
        return

    def stop() -> bool:
        return cancelled is not None and bool(cancelled())

    with WorkerPool(_work, (reference, post, post_args), workers=workers,
                    limits=limits or IntakeLimits.from_env()) as pool:
        for done, outcome in enumerate(pool.run(items, stop), start=1):
            if stop():
                return
            messages = outcome.messages if outcome.failure is None else [not_read(outcome.path, outcome.failure)]
            for m in messages:
                if m.raw_path:
                    _reread(m)
            yield outcome.path, messages
            if progress is not None:
                progress(done / total, f"{done} of {total} files read ({Path(outcome.path).name})")
