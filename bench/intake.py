"""Intake benchmark: N synthetic 3-page applications as .eml, imported into a fresh SQLite database,
against bare pypdfium2 text extraction of the same PDFs in the same run. Prints both, the ratio and peak memory.

`--hostile` adds 5 hostile files to the folder (an inflation bomb, a page-tree bomb, a zip bomb in a mail,
a 200 MB mail and a PDF with JavaScript) and prints the time and the peak memory of every process
(the importer and each parsing worker, replacements included), sampled from /proc by a separate process.
The CPU seconds of the import (the importer and its workers) against those of the bare extraction are printed
too: on a shared, busy host the wall-time ratio says as much about the neighbours as about the code.
`--runs=K` repeats the bare extraction and the import K times on the same folder and prints the range.
Run: .venv/bin/python bench/intake.py [N] [--hostile] [--runs=K]
"""

from __future__ import annotations

import email
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLER = r"""
import json, os, sys, time
root, out = int(sys.argv[1]), sys.argv[2]
peak = {}
def kids(pid):
    found = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open(f"/proc/{p}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(p))
            except (OSError, ValueError):
                pass
    return found
while os.path.exists(f"/proc/{root}") and not os.path.exists(out + ".stop"):
    for pid in kids(root):
        try:
            with open(f"/proc/{pid}/status") as f:
                hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
            peak[pid] = max(peak.get(pid, 0), hwm)
        except (OSError, StopIteration):
            pass
    time.sleep(0.02)
json.dump(peak, open(out, "w"))
"""


def bare_extraction(paths: list[Path], batch: int = 200) -> tuple[float, float]:
    """(wall, CPU) seconds of pypdfium2 text extraction alone. The mail is parsed outside both timers, `batch`
    files at a time, so the baseline never holds every PDF in memory (the peak-memory figure stays the import's)."""
    import pypdfium2 as pdfium

    total = cpu = 0.0
    for start in range(0, len(paths), batch):
        pdfs = []
        for p in paths[start:start + batch]:
            msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
            pdfs.extend(part.get_content() for part in msg.iter_attachments())
        t, c = time.perf_counter(), time.process_time()
        for data in pdfs:
            doc = pdfium.PdfDocument(data)
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                tp.get_text_bounded()
                tp.close()
                page.close()
            doc.close()
        total += time.perf_counter() - t
        cpu += time.process_time() - c
    return total, cpu


def write_hostile(box: Path) -> list[str]:
    from tests.intake import hostile

    (box / "zz-inflation.pdf").write_bytes(hostile.inflation_bomb_pdf(400))
    (box / "zz-pagetree.pdf").write_bytes(hostile.page_tree_bomb_pdf(1_000_000))
    (box / "zz-zipbomb.eml").write_bytes(hostile.mail_with([("cv.zip", hostile.zip_bomb(12, 150), "application/zip")],
                                                           from_addr="zip@example.org"))
    hostile.big_mail(box / "zz-200mb.eml", total_mb=200, part_mb=20)
    (box / "zz-script.pdf").write_bytes(hostile.active_content_pdf("javascript"))
    return ["zz-inflation.pdf", "zz-pagetree.pdf", "zz-zipbomb.eml", "zz-200mb.eml", "zz-script.pdf"]


def _reset_peak() -> None:
    """Linux: the peak resident memory (VmHWM) of this process starts again from now (the fixtures and the bare
    extraction are not the importer's)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _peak_kb() -> int:
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _cpu() -> tuple[float, float]:
    """CPU seconds so far of this process and of its children that ended (the parsing workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _one_run(tmp: str, box: Path, paths: list[Path], n: int, hostile: list[str], k: int):
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services

    bare, bare_cpu = bare_extraction(paths)  # the CPU of the extraction only (the mail parsed outside it)
    sv = Services.open(f"sqlite:///{Path(tmp) / f'bench-{k}.sqlite'}")
    ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).result.reference
    peaks_file = Path(tmp) / f"peaks-{k}.json"
    sampler = subprocess.Popen([sys.executable, "-c", SAMPLER, str(os.getpid()), str(peaks_file)]) \
        if hostile else None
    intake = sv.intake  # loads the import's modules, as the bare extraction has pypdfium2 loaded before its timer
    _reset_peak()
    main0, kids0 = _cpu()
    t = time.perf_counter()
    report = intake.import_paths(ref, [box], workers=2).result
    wall = time.perf_counter() - t
    main1, kids1 = _cpu()
    peaks = {os.getpid(): _peak_kb()}
    normal = [f for f in report.files if f.file not in hostile]
    assert len(normal) == n and all(f.outcome.startswith("imported") for f in normal)
    sv.db.dispose()
    if sampler is not None:
        (Path(str(peaks_file) + ".stop")).touch()
        sampler.wait()
        peaks |= {int(k): v for k, v in json.loads(peaks_file.read_text()).items() if int(k) != sampler.pid}
    return wall, bare, bare_cpu, main1 - main0, kids1 - kids0, report, peaks


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1000
    with_hostile = "--hostile" in sys.argv
    runs = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--runs=")), 1)
    from panel_app.services.synthetic import write_mailbox

    load = os.getloadavg()[0]
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "mailbox"
        t = time.perf_counter()
        paths = write_mailbox(box, n, seed=11)
        hostile = write_hostile(box) if with_hostile else []
        gen = time.perf_counter() - t
        for k in range(runs):
            wall, bare, bare_cpu, main_cpu, kids_cpu, report, peaks = _one_run(tmp, box, paths, n, hostile, k)
            ratios.append(wall / bare)
            me = peaks.pop(os.getpid()) / 1024  # the importer during the import
            kids = max(peaks.values(), default=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            what = f"{n} applications" + (f" + {len(hostile)} hostile files" if hostile else "")
            print(f"intake: {what} imported in {wall:.2f} s ({wall / n * 1000:.1f} ms each, 2 workers); "
                  f"bare pypdfium2 extraction {bare:.2f} s; ratio {wall / bare:.2f}x; "
                  f"CPU: import {main_cpu + kids_cpu:.2f} s (main {main_cpu:.2f}, workers {kids_cpu:.2f}) against "
                  f"bare {bare_cpu:.2f} s ({(main_cpu + kids_cpu) / bare_cpu:.2f}x); "
                  f"peak memory {me:.0f} MB (main) / {kids:.0f} MB (largest worker); fixtures generated in {gen:.1f} s")
            if hostile:
                for f in report.files:
                    if f.file in hostile:
                        print(f"  {f.file}: {f.outcome}; {f.reason[:150]}")
                workers = [v / 1024 for v in peaks.values()]  # sampled from /proc while they ran
                print(f"  processes: importer {me:.0f} MB peak; {len(workers)} parsing workers (replacements "
                      "included), peak MB each: " + ", ".join(f"{w:.0f}" for w in sorted(workers, reverse=True)))
    if runs > 1:
        ratios.sort()
        print(f"ratio over {runs} runs: {ratios[0]:.2f}-{ratios[-1]:.2f}x, median {ratios[len(ratios) // 2]:.2f}x "
              f"(load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
