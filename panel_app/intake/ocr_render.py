"""The render worker of OCR: `python -m panel_app.intake.ocr_render PDF OUTDIR DPI MAX_PAGES MEMORY_MB`
(in the packaged app: `panel-app --panel-worker ocr-render …`, see helper_process.py).

The input is a PDF or a phone photo (JPEG/PNG, one page).

A scanned PDF is hostile input like any other (an image that inflates to gigabytes), so its pages are rendered
in this child process under a memory cap (RLIMIT_AS on Linux/macOS, the parent's watchdog on Windows) and the
parent's wall-time limit, never in the app's own process. Protocol on stdout, one line each: `pages N`, `europass JSON` (when the PDF
embeds a Europass XML), then per page `scale I PIXELS_PER_POINT` and `page I PATH` (a greyscale PGM), after which the worker waits for one line
on stdin before it renders the next page (so at most one page image is on disk at a time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAX_PIXELS = 60_000_000  # a page larger than ~A0 at 300 dpi is rendered smaller


def _limit_memory(mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-time limit applies
        return
    limit = mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _europass(doc) -> dict | None:
    from .europass import parse_europass

    for i in range(doc.count_attachments()):
        try:
            found = bytes(doc.get_attachment(i).get_data())
        except Exception:  # a broken attachment is skipped
            continue
        if b"<" in found[:512] and (parsed := parse_europass(found)) is not None:
            return parsed
    return None


def _photo(path: str, outdir: Path) -> int:
    """A phone photo (JPEG/PNG) as the one page: turned upright by its EXIF orientation, greyscale, at most
    MAX_PIXELS (Pillow refuses a decompression bomb before decoding it; the memory cap holds the rest)."""
    from PIL import Image, ImageOps

    from .photo_page import pixels_per_point

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS * 4
    with Image.open(path) as img:
        img.draft("L", (10_000, 10_000))  # a large JPEG is decoded at a reduced size directly
        image = ImageOps.exif_transpose(img).convert("L")
    if image.width * image.height > MAX_PIXELS:
        scale = (MAX_PIXELS / (image.width * image.height)) ** 0.5
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    print("pages 1", flush=True)
    page = outdir / "page-1.pgm"
    image.save(page)
    # the word boxes in points of the page the photo is shown on (photo_page.py), whatever size it was read at
    print(f"scale 1 {pixels_per_point(*image.size):.6f}", flush=True)
    print(f"page 1 {page}", flush=True)
    sys.stdin.readline()
    return 0


def main(argv: list[str]) -> int:
    pdf_path, outdir, dpi, max_pages, memory_mb = argv[0], Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4])
    _limit_memory(memory_mb)
    from .sniff import is_photo

    with open(pdf_path, "rb") as f:
        if is_photo(f.read(16)):
            return _photo(pdf_path, outdir)
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_path)
    total = len(doc)
    print(f"pages {total}", flush=True)
    try:
        if (europass := _europass(doc)) is not None:
            print("europass " + json.dumps(europass, ensure_ascii=True, default=str), flush=True)
    except Exception:  # the pages are still read
        pass
    for i in range(min(total, max_pages)):
        page = doc[i]
        w, h = page.get_size()
        scale = dpi / 72
        if w * h * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (w * h)) ** 0.5
        image = page.render(scale=scale, grayscale=True, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
        page.close()
        path = outdir / f"page-{i + 1}.pgm"
        image.save(path)
        del image
        print(f"scale {i + 1} {scale:.6f}", flush=True)  # for the word boxes in PDF points
        print(f"page {i + 1} {path}", flush=True)
        if not sys.stdin.readline():
            break  # the parent has gone or cancelled
    doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
