"""Parsing many files in a process pool (both cores), yielding results in input order.

Long-work protocol in the Orange3 style, with no Qt: `progress(fraction, message)` is called after
each file, and `cancelled()` is polled between files; when it returns True the pending work is
dropped and the generator ends quietly (what was already yielded stays valid).
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .dispatch import parse_file
from .model import ParsedMessage

CHUNK_FILES = 4  # files per task sent to a worker
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def _work(path: str, reference: str, post: Callable | None = None, post_args: tuple = ()) -> list[ParsedMessage]:
    """Top-level (picklable under spawn) worker: one file, then `post(message, *post_args)` into `.extra`."""
    messages = parse_file(path, reference)
    if post is not None:
        for m in messages:
            m.extra = post(m, *post_args)
    return messages


def _start_method() -> multiprocessing.context.BaseContext:
    """fork when this process runs one thread only (the CLI, a script): the workers start at once, with
    everything already imported. spawn otherwise (the GUI: forking a process with Qt's threads is unsafe),
    where each worker starts a fresh interpreter (~0.2 s, see panel_app.cli on keeping that light)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _work_chunk(paths: list[str], reference: str, post: Callable | None = None,
                post_args: tuple = ()) -> list[list[ParsedMessage]]:
    """A few files per task: fewer round trips between the processes for the same work."""
    return [_work(p, reference, post, post_args) for p in paths]


def _worker_started() -> None:
    """No cyclic garbage collection in a worker: parsing allocates many short-lived objects, all freed by
    reference counting, and the worker lives for one import only (its memory is measured by bench/intake.py)."""
    gc.disable()


def parse_many(paths: Iterable[str | Path], reference: str, *, workers: int = 2,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               post: Callable | None = None, post_args: tuple = ()) -> Iterator[ParsedMessage]:
    """ParsedMessages of all `paths`, in input order (an mbox yields its messages in place)."""
    for _path, messages in parse_files(paths, reference, workers=workers, progress=progress, cancelled=cancelled,
                                       post=post, post_args=post_args):
        yield from messages


def parse_files(paths: Iterable[str | Path], reference: str, *, workers: int = 2,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                post: Callable | None = None, post_args: tuple = ()) -> Iterator[tuple[str, list[ParsedMessage]]]:
    """(path, its ParsedMessages) for each of `paths`, in input order.

    `post` (a module-level function, picklable) runs in the worker on each message, its result stored in
    `message.extra`: heavy per-message work (e.g. eligibility suggestions) then uses both cores too.
    `workers <= 1` parses in this process. Files go to the workers CHUNK_FILES at a time, at most
    8 × workers chunks in flight (about 10 MB of results), so memory stays bounded for thousands of files.
    """
    items = [str(p) for p in paths]
    total = len(items)

    def report(done: int, name: str) -> None:
        if progress is not None:
            progress(done / total if total else 1.0, f"{done} of {total} files read ({Path(name).name})")

    def stop() -> bool:
        return cancelled is not None and bool(cancelled())

    if workers <= 1 or total <= 1:
        for done, path in enumerate(items, start=1):
            if stop():
                return
            yield path, _work(path, reference, post, post_args)
            report(done, path)
        return

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_start_method(), initializer=_worker_started)
    chunks = [items[i:i + CHUNK_FILES] for i in range(0, total, CHUNK_FILES)]
    pending: deque[tuple[list[str], Future]] = deque()
    next_chunk, done = 0, 0
    try:
        while done < total:
            while next_chunk < len(chunks) and len(pending) < 8 * workers:
                chunk = chunks[next_chunk]
                pending.append((chunk, pool.submit(_work_chunk, chunk, reference, post, post_args)))
                next_chunk += 1
            chunk, fut = pending.popleft()
            try:
                results = fut.result()
            except Exception:  # the worker died (e.g. killed): parse here instead, never lose a file
                results = _work_chunk(chunk, reference, post, post_args)
            for path, messages in zip(chunk, results, strict=True):
                if stop():
                    return
                yield path, messages
                done += 1
                report(done, path)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # the workers exit in the background
