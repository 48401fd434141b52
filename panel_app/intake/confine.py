"""Confining a parsing worker, behind one small interface for Linux and Windows.

Worker side, once when the worker starts (`confine_worker`):
- Linux: `RLIMIT_AS` = the worker's address space at start + the memory limit (an allocation beyond it
  fails: a MemoryError in Python, an abort in PDFium); `PR_SET_PDEATHSIG` (prctl through ctypes), so the
  kernel kills the worker when its parent dies, `kill -9` included.
- Every platform: a thread that waits on the parent's sentinel and ends the worker when the parent is gone
  (the fallback where prctl does not exist, e.g. Windows or macOS).

Parent side (`ProcessGuard`), one per import:
- `attach(pid)` puts a worker under the guard; `memory(pid)` is its current memory use in bytes beyond
  what it had at start; `close()` releases the guard.
- Linux: reads /proc/<pid>/statm. Windows: a job object (ctypes) with a per-process memory limit and
  KILL_ON_JOB_CLOSE, so the workers also end with the parent; memory from GetProcessMemoryInfo.
  Where no job object can be made, the pool's watchdog kills a worker whose memory passes the limit
  (the same `memory(pid)` reading, polled while it works).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading

from .limits import MB, IntakeLimits

log = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1
M_ARENA_MAX = -8  # glibc mallopt


def _statm_bytes(pid: int | str) -> int | None:
    """Virtual size of a process (what RLIMIT_AS counts), from /proc; None when it is gone."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _open_statm(pid: int) -> int | None:
    """A descriptor on /proc/<pid>/statm, for `_statm_bytes_at`; None where there is no /proc."""
    try:
        return os.open(f"/proc/{pid}/statm", os.O_RDONLY)
    except OSError:
        return None


def _statm_bytes_at(fd: int) -> int | None:
    """`_statm_bytes` from a descriptor kept open: one pread (~1.5 µs) instead of open, read and close (~10 µs),
    for the watchdog's readings (50 a second per busy worker). The same figures: a process that ended reads as
    0 until it is reaped, then fails (ESRCH), as opening its file by pid would."""
    try:
        return int(os.pread(fd, 256, 0).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # blocks on the parent's sentinel: returns when the parent has ended
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


_cap: int | None = None  # this worker's RLIMIT_AS, once confined
LARGE_FILE = 8 * MB  # from this size on, a file's own bytes are allowed on top of the limit


def allow_file(size: int) -> None:
    """Room for one file's own bytes on top of the memory limit (the file is read whole and stored whole,
    so the limit applies to what parsing adds). One setrlimit call, only for a large file."""
    global _allowed
    if _cap is None or (size < LARGE_FILE and _allowed == 0):
        return
    import resource

    _allowed = size if size >= LARGE_FILE else 0
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _cap + _allowed
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))


_allowed = 0


def _linux_confine(limits: IntakeLimits) -> None:
    import resource

    global _cap

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        libc.mallopt(M_ARENA_MAX, 1)  # one malloc arena: a thread does not reserve 64 MB of the limit
    except (OSError, AttributeError):
        log.warning("intake worker: prctl(PR_SET_PDEATHSIG) unavailable; relying on the parent watch")
    start = _statm_bytes("self") or 0
    cap = start + limits.memory_mb * MB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    _cap = cap


def confine_worker(limits: IntakeLimits, parent_pid: int) -> None:
    """Once, at the start of a worker process (never per file: it costs ~50 µs, the file ~3 ms)."""
    if sys.platform.startswith("linux"):
        _linux_confine(limits)
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)
    _exit_with_parent()


class ProcessGuard:
    """The parent's view of its workers' memory (Linux: /proc). `enforces` says whether the operating
    system enforces the limit itself (then the watchdog only reads the figure to word the outcome)."""

    enforces = True

    def __init__(self, limits: IntakeLimits):
        self.limits = limits
        self._base: dict[int, int] = {}
        self._statm: dict[int, int] = {}  # pid -> descriptor on its /proc/<pid>/statm (Linux)

    def attach(self, pid: int) -> None:
        if (fd := _open_statm(pid)) is not None:  # None without /proc (Windows, macOS): `_raw` decides
            self._statm[pid] = fd
        self._base[pid] = self._raw(pid) or 0

    def detach(self, pid: int) -> None:
        self._base.pop(pid, None)
        if (fd := self._statm.pop(pid, None)) is not None:
            os.close(fd)

    def memory(self, pid: int) -> int | None:
        raw = self._raw(pid)
        return None if raw is None else max(0, raw - self._base.get(pid, 0))

    def _raw(self, pid: int) -> int | None:
        fd = self._statm.get(pid)
        return _statm_bytes(pid) if fd is None else _statm_bytes_at(fd)

    def close(self) -> None:
        for pid in list(self._statm):
            self.detach(pid)
        self._base.clear()


class WindowsJobGuard(ProcessGuard):
    """A job object: ProcessMemoryLimit per worker, and KILL_ON_JOB_CLOSE (the job's only handle is the
    parent's, so Windows ends every worker when the parent ends, however it ends)."""

    _KILL_ON_JOB_CLOSE = 0x2000
    _LIMIT_PROCESS_MEMORY = 0x100
    _EXTENDED_INFO = 9
    _ACCESS = 0x0001 | 0x0100 | 0x0400 | 0x0010  # TERMINATE | SET_QUOTA | QUERY_INFORMATION | VM_READ
    _STARTUP_ALLOWANCE = 150 * MB  # an interpreter with pypdfium2 loaded, before its first file

    def __init__(self, limits: IntakeLimits):
        super().__init__(limits)
        from ctypes import wintypes

        class IoCounters(ctypes.Structure):
            _fields_ = [(n, ctypes.c_ulonglong) for n in ("r", "w", "o", "rb", "wb", "ob")]

        class Basic(ctypes.Structure):
            _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                        ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                        ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                        ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                        ("SchedulingClass", wintypes.DWORD)]

        class Extended(ctypes.Structure):
            _fields_ = [("BasicLimitInformation", Basic), ("IoInfo", IoCounters),
                        ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                        ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

        self._k32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self._psapi = ctypes.WinDLL("psapi", use_last_error=True)  # type: ignore[attr-defined]
        self._job = self._k32.CreateJobObjectW(None, None)
        if not self._job:
            raise OSError(ctypes.get_last_error(), "CreateJobObjectW failed")
        info = Extended()
        info.BasicLimitInformation.LimitFlags = self._KILL_ON_JOB_CLOSE | self._LIMIT_PROCESS_MEMORY
        info.ProcessMemoryLimit = limits.memory_mb * MB + self._STARTUP_ALLOWANCE
        if not self._k32.SetInformationJobObject(self._job, self._EXTENDED_INFO, ctypes.byref(info),
                                                 ctypes.sizeof(info)):
            raise OSError(ctypes.get_last_error(), "SetInformationJobObject failed")
        self._handles: dict[int, int] = {}

    def attach(self, pid: int) -> None:
        handle = self._k32.OpenProcess(self._ACCESS, False, pid)
        if handle and self._k32.AssignProcessToJobObject(self._job, handle):
            self._handles[pid] = handle
        super().attach(pid)

    def detach(self, pid: int) -> None:
        handle = self._handles.pop(pid, None)
        if handle:
            self._k32.CloseHandle(handle)
        super().detach(pid)

    def _raw(self, pid: int) -> int | None:
        class Counters(ctypes.Structure):
            _fields_ = [("cb", ctypes.c_ulong), ("PageFaultCount", ctypes.c_ulong)] + [
                (n, ctypes.c_size_t) for n in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                                               "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                                               "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]
        handle = self._handles.get(pid)
        if not handle:
            return None
        c = Counters()
        c.cb = ctypes.sizeof(c)
        if not self._psapi.GetProcessMemoryInfo(handle, ctypes.byref(c), c.cb):
            return None
        return int(c.PagefileUsage)  # private bytes: what ProcessMemoryLimit counts

    def close(self) -> None:
        for pid in list(self._handles):
            self.detach(pid)
        self._k32.CloseHandle(self._job)  # KILL_ON_JOB_CLOSE: any worker still running ends here


class WatchdogGuard(ProcessGuard):
    """No limit from the system: the pool kills a worker whose `memory()` passes the limit."""

    enforces = False


def make_guard(limits: IntakeLimits, platform: str = sys.platform) -> ProcessGuard:
    if platform.startswith("linux"):
        return ProcessGuard(limits)
    if platform == "win32":
        try:
            return WindowsJobGuard(limits)
        except (OSError, AttributeError):
            log.warning("intake: no job object; worker memory is watched instead", exc_info=True)
    return WatchdogGuard(limits)
