"""OCR of scanned PDFs: pages rendered with pypdfium2 at 300 dpi, read by the Tesseract 5 command line.

No DB, no Qt. The original bytes are only read. Pages are rendered in a worker process under a memory cap
(ocr_render.py), never in the app's process; each page is read by a Tesseract process that uses one core
(OMP_THREAD_LIMIT=1) at a lower priority, so OCR in the background never takes the machine from the user;
`cancelled()` is polled while a page is read, and the page's process is killed at once when it says so.

Engine: `tesseract` on PATH, or the program named by PANEL_TESSERACT (e.g. on Windows
C:\\Program Files\\Tesseract-OCR\\tesseract.exe). Languages: PANEL_OCR_LANGUAGES ("eng+fra+deu+ell+bul"
by default), reduced to the packs actually installed.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from panel_app.domain.errors import Cancelled, UserFacingError
from panel_app.domain.texts import translate

from .helper_process import helper_command, helper_environment, helper_flags
from .scratch import ScratchDir

log = logging.getLogger(__name__)
DPI = 300
DEFAULT_LANGUAGES = ("eng", "fra", "deu", "ell", "bul")
# The Tesseract packs of the 24 official EU languages (Debian: tesseract-ocr-<code>).
EU_LANGUAGES = ("bul", "ces", "dan", "deu", "ell", "eng", "est", "fin", "fra", "gle", "hrv", "hun", "ita", "lav",
                "lit", "mlt", "nld", "pol", "por", "ron", "slk", "slv", "spa", "swe")
PAGE_SECONDS = 120  # one page that takes longer is given up (and said so), not waited for
RENDER_MEMORY_MB = 512  # the render worker's memory cap (a 300 dpi A4 page needs under 100 MB)
RENDER_SECONDS = 60  # … and its wall time per page
MAX_PAGES = 50  # an application is a CV and a form: the first 50 pages are read, the rest is said to be unread


class OcrUnavailable(UserFacingError):
    """No OCR engine (or none of the wanted language packs) on this computer."""


def install_hint() -> str:
    if sys.platform.startswith("win"):
        return translate("Errors", "Install Tesseract 5 for Windows (the UB Mannheim installer, with the Greek, "
                                   "Bulgarian, French and German language data ticked), then restart panel_app; if "
                                   "it is not on PATH, set PANEL_TESSERACT to the full path of tesseract.exe.")
    if sys.platform == "darwin":
        return translate("Errors", "Install it with: {command}").format(command="brew install tesseract tesseract-lang")
    return translate("Errors", "Install it with: {command} (and the packs of the other languages the panel "
                               "receives).").format(command="sudo apt-get install tesseract-ocr tesseract-ocr-eng "
                                                            "tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-ell "
                                                            "tesseract-ocr-bul")


@dataclass(frozen=True)
class Engine:
    program: str
    version: str
    languages: tuple[str, ...]  # the packs used, in order

    @property
    def name(self) -> str:
        return f"tesseract {self.version} ({'+'.join(self.languages)})"


@dataclass
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence, 0–100; None when no word was found
    words: int
    # each word read: (left, top, right, bottom, word) in pixels of the rendered page; in PDF points (from the
    # page's top left) once `ocr_pdf` has scaled them
    boxes: list[tuple[float, float, float, float, str]] = field(default_factory=list)


@dataclass
class OcrResult:
    engine: str
    pages: list[OcrPage] = field(default_factory=list)
    pages_total: int = 0  # pages in the PDF (more than len(pages) when over MAX_PAGES)
    seconds: float = 0.0
    europass: dict | None = None  # an embedded Europass XML, read by the render worker
    error: str | None = None  # in words, when the scan could not be rendered

    @property
    def text(self) -> str:
        return "\f".join(p.text for p in self.pages)

    @property
    def mean_confidence(self) -> float | None:
        """The mean confidence of every word read, weighted by words; None when no word was read."""
        words = sum(p.words for p in self.pages if p.confidence is not None)
        if not words:
            return None
        return round(sum(p.confidence * p.words for p in self.pages if p.confidence is not None) / words, 1)

    @property
    def has_text(self) -> bool:
        return any(p.text.strip() for p in self.pages)

    @property
    def word_boxes(self) -> list[list[list]]:
        """Per page, [left, top, right, bottom, word] in PDF points (what the document's `ocr_words` stores)."""
        return [[[round(v, 1) for v in b[:4]] + [b[4]] for b in p.boxes] for p in self.pages]


def _program() -> str | None:
    named = os.environ.get("PANEL_TESSERACT")
    if named:
        return named if Path(named).is_file() else None
    return shutil.which("tesseract")


def _run(args: list[str], timeout: float = 20) -> str:
    out = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    return (out.stdout or b"").decode("utf-8", "replace") + (out.stderr or b"").decode("utf-8", "replace")


def find_engine(wanted: tuple[str, ...] | None = None) -> Engine:
    """The installed engine and the wanted language packs it has; OcrUnavailable (with how to install it)
    when there is no engine, or none of the wanted packs."""
    if wanted is None:
        env = os.environ.get("PANEL_OCR_LANGUAGES", "")
        wanted = tuple(x for x in env.replace(",", "+").split("+") if x.strip()) or DEFAULT_LANGUAGES
    program = _program()
    if program is None:
        raise OcrUnavailable(translate("Errors", "No OCR engine is installed on this computer, so scanned "
                                                 "documents keep the flag 'no text layer'."), hint=install_hint())
    try:
        version_text = _run([program, "--version"])
        listed = _run([program, "--list-langs"])
    except (OSError, subprocess.SubprocessError) as e:
        raise OcrUnavailable(translate("Errors", "The OCR engine {program} could not be started ({e}).")
                                 .format(program=program, e=e), hint=install_hint()) from e
    first = version_text.strip().splitlines()[0] if version_text.strip() else ""
    version = first.split()[-1] if first.lower().startswith("tesseract") else "unknown"
    if not version[:1].isdigit() or int(version.split(".")[0]) < 4:
        raise OcrUnavailable(translate("Errors", "{program} is not Tesseract 4 or 5 ('{first}').")
                                 .format(program=program, first=first), hint=install_hint())
    installed = {line.strip() for line in listed.splitlines()[1:] if line.strip()}
    have = tuple(x for x in wanted if x in installed)
    if not have:
        raise OcrUnavailable(translate("Errors", "Tesseract {version} has none of the language packs "
                                                 "{wanted}.").format(version=version, wanted='+'.join(wanted)),
                             hint=install_hint())
    return Engine(program, version, have)


def _words_to_text(tsv: str) -> OcrPage:
    """Tesseract's TSV (one row per word, with its block, paragraph and line) to text and confidence."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confs: list[float] = []
    boxes: list[tuple[float, float, float, float, str]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(row["text"].strip())
        try:
            left, top = float(row["left"]), float(row["top"])
            boxes.append((left, top, left + float(row["width"]), top + float(row["height"]), row["text"].strip()))
        except (KeyError, TypeError, ValueError):
            pass
        try:
            conf = float(row["conf"])
        except (TypeError, ValueError):
            continue
        if conf >= 0:
            confs.append(conf)
    out, last_block = [], None
    for (block, par, _line), words in sorted(lines.items()):
        if last_block is not None and (block, par) != last_block:
            out.append("")
        out.append(" ".join(words))
        last_block = (block, par)
    return OcrPage("\n".join(out), round(sum(confs) / len(confs), 1) if confs else None, len(confs), boxes)


def _read_page(engine: Engine, src: Path, cancelled: Callable[[], bool] | None) -> OcrPage:
    base = src.with_suffix("")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core: the user keeps the other
    args = [engine.program, str(src), str(base), "-l", "+".join(engine.languages), "--dpi", str(DPI),
            "--psm", "3", "tsv"]
    kwargs: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "env": env}
    if sys.platform.startswith("win"):
        kwargs["creationflags"] = subprocess.BELOW_NORMAL_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW
    elif nice := shutil.which("nice"):
        args = [nice, "-n", "5", *args]
    proc = subprocess.Popen(args, **kwargs)
    started = time.monotonic()
    try:
        while proc.poll() is None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if time.monotonic() - started > PAGE_SECONDS:
                raise TimeoutError
            try:
                proc.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    tsv = base.with_suffix(".tsv")
    if proc.returncode != 0 or not tsv.is_file():
        raise RuntimeError(f"tesseract exited {proc.returncode}: {err.strip()[-300:]}")
    return _words_to_text(tsv.read_text(encoding="utf-8", errors="replace"))


def _render_worker(pdf_path: Path, outdir: Path, dpi: int, max_pages: int, memory_mb: int) -> subprocess.Popen:
    log_file = open(outdir / "render.log", "wb")  # a traceback of the worker goes to the log only
    try:
        return subprocess.Popen(
            helper_command("ocr-render", str(pdf_path), str(outdir), str(dpi), str(max_pages), str(memory_mb)),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file, env=helper_environment(),
            creationflags=helper_flags())
    finally:
        log_file.close()


def _over_memory(proc: subprocess.Popen, memory_mb: int) -> bool:
    """Windows has no RLIMIT_AS: a watchdog reads the worker's committed memory every 0.2 s instead
    (GetProcessMemoryInfo). Elsewhere the worker's own rlimit applies and this says False."""
    if not sys.platform.startswith("win") or proc.poll() is not None:
        return False
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
            (name, ctypes.c_size_t) for name in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                                                 "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                                                 "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage",
                                                 "PrivateUsage")]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    handle = wintypes.HANDLE(int(proc._handle))  # Popen's process handle on Windows
    if not ctypes.windll.kernel32.K32GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb):
        return False
    return counters.PrivateUsage > memory_mb * 1024 * 1024


def _lines(stream, out: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        out.put(raw.decode("utf-8", "replace").rstrip("\n"))
    out.put(None)


def ocr_pdf(pdf: bytes, engine: Engine, *, progress: Callable[[float, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None, dpi: int = DPI, max_pages: int = MAX_PAGES,
            memory_mb: int | None = None) -> OcrResult:
    """Every page's text and confidence. Pages are rendered by a worker process under a memory cap and a wall
    time, read by Tesseract one at a time. Raises Cancelled when `cancelled()` says so (both processes are
    killed); a page that cannot be read gets empty text and the others are still read; a scan that cannot be
    rendered at all gets `error` in words."""
    started = time.monotonic()
    memory_mb = memory_mb or RENDER_MEMORY_MB
    result = OcrResult(engine.name)
    with ScratchDir("ocr") as workdir:  # swept at the next start if this process is killed
        (workdir / "in.pdf").write_bytes(pdf)
        worker = _render_worker(workdir / "in.pdf", workdir, dpi, max_pages, memory_mb)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_lines, args=(worker.stdout, lines), daemon=True).start()
        deadline = time.monotonic() + RENDER_SECONDS
        scale = dpi / 72
        try:
            while True:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if time.monotonic() > deadline:
                    result.error = translate("Errors", "rendering a page took over {seconds} s").format(
                        seconds=RENDER_SECONDS)
                    break
                if _over_memory(worker, memory_mb):
                    worker.kill()
                    result.error = translate("Errors", "the scan could not be rendered (over the memory limit of "
                                             "{memory_mb} MB)").format(memory_mb=memory_mb)
                    break
                try:
                    line = lines.get(timeout=0.2)
                except queue.Empty:
                    continue
                if line is None:
                    break
                kind, _, rest = line.partition(" ")
                if kind == "pages":
                    result.pages_total = int(rest)
                elif kind == "europass":
                    result.europass = json.loads(rest)
                elif kind == "scale":  # pixels per PDF point of the next page
                    scale = float(rest.split()[-1]) or scale
                elif kind == "page":
                    number, _, path = rest.partition(" ")
                    todo = min(result.pages_total, max_pages) or 1
                    if progress is not None:
                        progress((int(number) - 1) / todo, f"page {number} of {todo}")
                    page = _page_or_nothing(engine, Path(path), cancelled, int(number))
                    page.boxes = [(x0 / scale, y0 / scale, x1 / scale, y1 / scale, w) for x0, y0, x1, y1, w in page.boxes]
                    result.pages.append(page)
                    Path(path).unlink(missing_ok=True)
                    deadline = time.monotonic() + RENDER_SECONDS
                    worker.stdin.write(b"next\n")
                    worker.stdin.flush()
        finally:
            if worker.poll() is None:
                worker.kill()
            worker.wait()
            for stream in (worker.stdin, worker.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
        if result.error is None and worker.returncode not in (0, None) and (
                not result.pages_total or len(result.pages) < min(result.pages_total, max_pages)):
            log.warning("OCR render worker exited %s: %s", worker.returncode,
                        (workdir / "render.log").read_text(errors="replace")[-2000:])
            result.error = (translate("Errors", "the scan could not be rendered (over the memory limit of "
                                      "{memory_mb} MB, or broken)").format(memory_mb=memory_mb)
                            if result.pages_total else translate("Errors", "the scan could not be opened"))
    result.seconds = round(time.monotonic() - started, 2)
    return result


def _page_or_nothing(engine: Engine, path: Path, cancelled: Callable[[], bool] | None, number: int) -> OcrPage:
    try:
        return _read_page(engine, path, cancelled)
    except (TimeoutError, RuntimeError, OSError) as e:
        log.warning("OCR gave up on page %d: %s", number, e or f"over {PAGE_SECONDS} s")
        return OcrPage("", None, 0)
