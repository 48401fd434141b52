"""Intake benchmark: N synthetic 3-page applications as .eml, imported into a fresh SQLite database,
against bare pypdfium2 text extraction of the same PDFs in the same run. Prints both, the ratio and peak memory.
Run: .venv/bin/python bench/intake.py [N]
"""

from __future__ import annotations

import email
import resource
import sys
import tempfile
import time
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bare_extraction(paths: list[Path], batch: int = 200) -> float:
    """Seconds of pypdfium2 text extraction alone. The mail is parsed outside the timer, `batch` files at a
    time, so the baseline never holds every PDF in memory (the peak-memory figure stays the import's)."""
    import pypdfium2 as pdfium

    total = 0.0
    for start in range(0, len(paths), batch):
        pdfs = []
        for p in paths[start:start + batch]:
            msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
            pdfs.extend(part.get_content() for part in msg.iter_attachments())
        t = time.perf_counter()
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
    return total


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from panel_app.domain.paths import DEFAULT_TEMPLATE
    from panel_app.services import Services
    from panel_app.services.synthetic import write_mailbox

    with tempfile.TemporaryDirectory() as tmp:
        box = Path(tmp) / "mailbox"
        t = time.perf_counter()
        paths = write_mailbox(box, n, seed=11)
        gen = time.perf_counter() - t
        bare = bare_extraction(paths)
        sv = Services.open(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        ref = sv.procedures.create_from_template(DEFAULT_TEMPLATE).reference
        t = time.perf_counter()
        report = sv.intake.import_paths(ref, [box], workers=2)
        wall = time.perf_counter() - t
        assert len(report.files) == n and all(f.outcome.startswith("imported") for f in report.files)
        sv.db.dispose()
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"intake: {n} applications imported in {wall:.2f} s ({wall / n * 1000:.1f} ms each, 2 workers); "
          f"bare pypdfium2 extraction {bare:.2f} s; ratio {wall / bare:.2f}x; "
          f"peak memory {me:.0f} MB (main) / {kids:.0f} MB (largest worker); fixtures generated in {gen:.1f} s")


if __name__ == "__main__":
    main()
