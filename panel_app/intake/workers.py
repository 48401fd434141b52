"""A pool of long-lived parsing workers, each confined once (intake/confine.py), each file under a deadline.

The main process never parses. It sends paths and receives ParsedMessages; a worker that passes the memory
limit, crashes or overruns its file's time is killed and replaced, and that file comes back as an
`Outcome` saying why, for the caller to store byte for byte. Files still queued on that worker go to the
next one. Results come back in input order (at most WINDOW files ahead of the oldest unfinished one).
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from . import limits as limits_mod
from .confine import LARGE_FILE, ProcessGuard, allow_file, confine_worker, make_guard
from .limits import IntakeLimits, over_memory, over_time
from .result_pipe import ResultReader, send
from .result_sender import ResultSender

log = logging.getLogger(__name__)
QUEUED_PER_WORKER = 32  # files sent ahead: a worker goes on while the parent writes to the database
RESULT_PIPE = 1024 * 1024
WINDOW = 128  # files dispatched beyond the oldest one not yet returned
POLL = 0.02  # seconds between memory readings while waiting
CANCEL_POLL = 0.5  # seconds without a result before `stop()` is asked while waiting
MEMORY_EXIT = 86  # a worker's exit status after a MemoryError it caught


@dataclass
class Outcome:
    """What came back for one path: `messages`, or `failure` in words when the worker could not finish."""

    path: str
    messages: list = field(default_factory=list)
    failure: str | None = None


@dataclass
class _Job:
    fn: Callable
    args: tuple


def _start_method() -> multiprocessing.context.BaseContext:
    """fork when this process runs one thread only (the CLI, a script): the workers start at once, with
    everything already imported. spawn otherwise (the GUI: forking a process with Qt's threads is unsafe).
    PANEL_INTAKE_START=spawn forces spawn, as Windows and the GUI always have it (the packaged app's smoke test
    uses it to prove its workers start in a bundle without Python)."""
    forced = os.environ.get("PANEL_INTAKE_START") == "spawn"
    if not forced and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _log_file() -> str | None:
    """The parent's log file, for its workers to append to."""
    for h in logging.getLogger().handlers:
        if isinstance(h, logging.FileHandler):
            return h.baseFilename
    return None


def _log_to(path: str | None) -> None:
    """A worker logs to the log file only, and its stderr (what PDFium or a fatal error may print) goes there
    too, or nowhere: a parser's traceback never reaches the terminal."""
    faulthandler.disable()
    try:
        fd = os.open(path or os.devnull, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        os.dup2(fd, 2)
        os.close(fd)
    except OSError:
        pass
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    logging.lastResort = None
    if path:
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s[worker %(process)d]: %(message)s"))
        root.addHandler(handler)
    else:
        root.addHandler(logging.NullHandler())


def _worker_main(tasks: Connection, conn: Connection, job: _Job, limits: IntakeLimits, parent_pid: int,
                 rlimit: bool, log_file: str | None = None, current=None) -> None:
    """The worker: confined once, then one path at a time until the pipe closes or says None; `current` (shared
    memory) holds the task it is reading, its results go out through a ResultSender."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _log_to(log_file)
    if rlimit:
        confine_worker(limits, parent_pid)
    else:
        confine_worker(IntakeLimits(memory_mb=1 << 30), parent_pid)  # the parent's watchdog limits memory
    limits_mod.set_current(limits)
    gc.disable()  # parsing frees by reference counting; no cyclic collection pauses per file
    results = ResultSender(conn)
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            break
        if task is None:
            break
        tid, path = task
        if current is not None:
            current.value = tid
        allow_file(_size(path))
        try:
            results.put((tid, "ok", job.fn(path, *job.args)))
        except MemoryError:
            results.put((tid, "failed", "memory"))
            results.close()  # the results before it, then this report
            os._exit(MEMORY_EXIT)
        except Exception as exc:  # a bug: logged here, worded by the parent
            log.exception("intake worker: %s", path)
            results.put((tid, "failed", f"{type(exc).__name__}: {exc}"))
    results.close()
    conn.close()


def _widen(conn: Connection) -> None:
    """A 1 MB pipe for the results (Linux; 64 KB by default): a worker goes on with its next files while the
    parent writes a group to the database, instead of waiting for the parent to read."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, RESULT_PIPE)
    except (ImportError, AttributeError, OSError):
        pass


class _Worker:
    def __init__(self, ctx, job: _Job, limits: IntakeLimits, guard: ProcessGuard):
        child_tasks, self.tasks = ctx.Pipe(duplex=False)
        self.conn, child = ctx.Pipe(duplex=False)
        _widen(self.conn)
        self.results = ResultReader(self.conn)
        self.current = ctx.Value("q", -1, lock=False)  # the task the worker is reading (it writes, we read)
        self.on = -1  # that task when last looked at
        self.proc = ctx.Process(target=_worker_main, args=(child_tasks, child, job, limits, os.getpid(),
                                                           guard.enforces, _log_file(), self.current),
                                daemon=True, name="panel-intake-worker")
        self.proc.start()
        child.close()
        child_tasks.close()
        self.watched = 0.0
        guard.attach(self.proc.pid)
        self.queue: deque[tuple[int, str, float]] = deque()  # (task id, path, size)
        self.started = time.monotonic()  # when the head of the queue began
        self.peak = 0

    def send(self, tid: int, path: str, size: int) -> None:
        if not self.queue:
            self.started = time.monotonic()
            self.peak = 0
        self.queue.append((tid, path, size))
        send(self.tasks, (tid, path))

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()
        self.tasks.close()


class WorkerPool:
    """`run(paths)` yields an Outcome per path, in order. Use as a context manager: no worker outlives it."""

    def __init__(self, fn: Callable, args: tuple = (), *, workers: int = 2, limits: IntakeLimits | None = None,
                 guard: ProcessGuard | None = None):
        self.limits = limits or IntakeLimits()
        self.job = _Job(fn, args)
        self.size = max(1, workers)
        self.guard = guard or make_guard(self.limits)
        self.ctx = _start_method()
        self.workers: list[_Worker] = []
        self.replaced = 0
        self._waiting: tuple[_Worker, ...] = ()  # the workers `_poll` watches (POSIX)
        self._poll: select.poll | None = None
        self._poll_fds: dict[int, _Worker] = {}

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            try:
                w.tasks.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            w.kill()
            self.guard.detach(w.proc.pid)
        self.workers = []
        self.guard.close()

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.job, self.limits, self.guard)
        self.workers.append(w)
        return w

    def _retire(self, w: _Worker) -> list[tuple[int, str, float]]:
        """Kill `w`, start its replacement; the files queued behind its head go back to be sent again."""
        w.kill()
        self.guard.detach(w.proc.pid)
        self.workers.remove(w)
        self.replaced += 1
        self._spawn()
        rest = list(w.queue)[1:]
        w.queue.clear()
        return rest

    def run(self, paths: list[str], stop: Callable[[], bool] | None = None) -> Iterator[Outcome]:
        sizes = [_size(p) for p in paths]
        todo: deque[int] = deque(range(len(paths)))
        results: dict[int, Outcome] = {}
        next_out = 0
        while len(self.workers) < min(self.size, len(paths)):
            self._spawn()
        waiting = time.monotonic()
        while next_out < len(paths):
            if stop is not None and time.monotonic() - waiting > CANCEL_POLL and stop():
                return  # asked while a long file is being read: the caller polls between files itself
            self._dispatch(todo, paths, sizes, next_out)
            for tid, outcome in self._collect(paths, sizes, todo):
                results[tid] = outcome
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
                waiting = time.monotonic()

    def _dispatch(self, todo: deque[int], paths: list[str], sizes: list[int], next_out: int) -> None:
        for w in [w for w in self.workers if not w.queue and not w.proc.is_alive()]:
            self._retire(w)  # ended while idle (killed from outside): replaced, no file lost
        while todo and todo[0] < next_out + WINDOW:
            w = min(self.workers, key=lambda x: len(x.queue))  # the least busy first: files spread evenly
            if len(w.queue) >= QUEUED_PER_WORKER:
                break
            tid = todo.popleft()
            w.send(tid, paths[tid], sizes[tid])

    def _collect(self, paths: list[str], sizes: list[int], todo: deque[int]) -> list[tuple[int, Outcome]]:
        busy = [w for w in self.workers if w.queue]
        if not busy:
            return []
        out: list[tuple[int, Outcome]] = []
        handled: list[_Worker] = []
        for w in self._wait(busy):
            handled.append(w)
            out += self._drain(w, todo)
        for w in [w for w in self.workers if w.queue and w not in handled]:
            out += self._watch(w, todo)
        return out

    def _wait(self, busy: list[_Worker]) -> list[_Worker]:
        """The workers of `busy` with a result to read or that ended, waiting POLL seconds at most.

        On POSIX one poll object serves as long as the same workers are busy (every call of an import, but
        after a replacement): multiprocessing's `wait()`, used elsewhere (Windows), builds and fills a selector
        at each call, ~2.6 calls a file."""
        if tuple(busy) != self._waiting:
            self._waiting = tuple(busy)
            self._poll, self._poll_fds = _poller(busy)
        if self._poll is None:
            by_obj: dict = {}
            for w in busy:
                by_obj[w.conn] = w
                by_obj[w.proc.sentinel] = w
            return list(dict.fromkeys(by_obj[obj] for obj in wait(list(by_obj), timeout=POLL)))
        return list(dict.fromkeys(self._poll_fds[fd] for fd, _event in self._poll.poll(POLL * 1000)))

    def _drain(self, w: _Worker, todo: deque[int]) -> list[tuple[int, Outcome]]:
        """Every result `w` has sent; if it died, its head file's outcome and its replacement."""
        out: list[tuple[int, Outcome]] = []
        try:
            while w.queue and w.results.ready():
                tid, status, payload = w.results.recv()
                head, path, _size = w.queue.popleft()
                assert head == tid, "a worker answers its files in order"
                w.started = time.monotonic()
                if status == "ok":
                    out.append((tid, Outcome(path, payload)))
                elif payload == "memory":  # the worker ends after a MemoryError: its queue goes elsewhere
                    out.append((tid, Outcome(path, failure=over_memory(self.limits))))
                    w.queue.appendleft((tid, path, _size))
                    for rtid, _p, _s in reversed(self._retire(w)):
                        todo.appendleft(rtid)
                    return out
                else:
                    out.append((tid, Outcome(path, failure=f"not read: the reader failed on this file ({payload})")))
        except (EOFError, OSError):
            pass
        if w.queue and not w.proc.is_alive():
            out.append(self._died(w, todo))
        return out

    def _watch(self, w: _Worker, todo: deque[int]) -> list[tuple[int, Outcome]]:
        """The memory and time of `w`'s current file, read while it works (every POLL seconds at most)."""
        now = time.monotonic()
        if now - w.watched < POLL:
            return []
        w.watched = now
        tid, path, size = w.queue[_reading(w)]
        if tid != w.on:  # a new file begun: its time and its memory from now
            w.on, w.started, w.peak = tid, now, 0
        used = self.guard.memory(w.proc.pid) or 0
        w.peak = max(w.peak, used)
        limit = self.limits.memory_mb * limits_mod.MB + (size if size >= LARGE_FILE else 0)
        if not self.guard.enforces and used > limit:
            return [self._fail(w, todo, over_memory(self.limits))]
        if time.monotonic() - w.started > self.limits.timeout_for(size):
            return [self._fail(w, todo, over_time(self.limits, size))]
        return []

    def _died(self, w: _Worker, todo: deque[int]) -> tuple[int, Outcome]:
        w.proc.join(1)
        code = w.proc.exitcode
        _tid, path, size = w.queue[_reading(w)]
        limit = self.limits.memory_mb * limits_mod.MB + (size if size >= LARGE_FILE else 0)
        if code == MEMORY_EXIT or (code is not None and code < 0 and w.peak >= limit // 2) or code == -signal.SIGABRT:
            words = over_memory(self.limits)  # an allocation refused by the limit ends PDFium with an abort
        elif code == -signal.SIGKILL:  # from outside (a user, the system): the file itself may be fine
            words = "not read: the reader was stopped (signal SIGKILL)"
        else:
            how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit {code}"
            words = f"not read: the reader crashed on this file ({how})"
        log.info("intake worker %s ended on %s (%s, peak %d MB)", w.proc.pid, path, code,
                    w.peak // limits_mod.MB)
        return self._fail(w, todo, words)

    def _fail(self, w: _Worker, todo: deque[int], words: str) -> tuple[int, Outcome]:
        """`w` is killed (or dead): the file it was reading gets `words`; the files after it were not begun and
        those before it were read, but their results died with the worker's ResultSender: all go back to be sent
        to the next worker, in order."""
        at = _reading(w)
        tid, path, _size = w.queue[at]
        again = [t for k, (t, _p, _s) in enumerate(w.queue) if k != at]
        self._retire(w)
        for rtid in reversed(again):
            todo.appendleft(rtid)
        return tid, Outcome(path, failure=words)


def _reading(w: _Worker) -> int:
    """Where in `w.queue` the file `w` is reading stands (the head when it is not known yet)."""
    tid = w.current.value
    for k, (t, _p, _s) in enumerate(w.queue):
        if t == tid:
            return k
    return 0


def _poller(workers: list[_Worker]) -> tuple[select.poll | None, dict[int, _Worker]]:
    """A poll object on the workers' result pipes and process sentinels, with the worker of each descriptor;
    (None, {}) where there is no poll() or no plain descriptors (Windows)."""
    if not hasattr(select, "poll") or not all(type(w.conn) is Connection for w in workers):
        return None, {}
    poll, fds = select.poll(), {}
    for w in workers:
        for fd in (w.conn.fileno(), w.proc.sentinel):
            poll.register(fd, select.POLLIN)
            fds[fd] = w
    return poll, fds


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
