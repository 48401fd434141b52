"""A phone photo (JPEG/PNG) of a signed form, shown as a page: a one-page PDF that holds the photo upright (by its
EXIF orientation), its longer side PAGE_LONG_SIDE points (an A4 page's height), so the interface's one PDF viewer
shows it as it shows a scan, and the words OCR read on it (stored in PDF points of that page) lie where they are.

One geometry for both sides: OCR's render worker (ocr_render.py) gives the word boxes of a photo in points of
this page (`pixels_per_point`), and `photo_pdf` makes the page. The original bytes are never changed: the page
is made when the photo is shown (services), from the stored photo.

A photo is hostile input like any other: Pillow refuses an image over MAX_PIXELS before decoding it, and a large
JPEG is decoded at a reduced size directly (draft), to at most DISPLAY_LONG_SIDE pixels on its longer side.
"""

from __future__ import annotations

import io
import logging

from .sniff import is_photo

log = logging.getLogger(__name__)
PAGE_LONG_SIDE = 842.0  # points: the longer side of the page that shows a photo
DISPLAY_LONG_SIDE = 2400  # pixels kept for display (~290 dpi on that page)
MAX_PIXELS = 80_000_000  # a photo larger than this is not decoded (a decompression bomb)


def pixels_per_point(width: int, height: int) -> float:
    """Pixels of an upright image `width` × `height` per point of its page."""
    return max(width, height, 1) / PAGE_LONG_SIDE


def photo_pdf(data: bytes) -> bytes | None:
    """The photo as a one-page PDF (see the module's docstring); None when it is not a JPEG/PNG photo or cannot
    be decoded (broken, or over MAX_PIXELS)."""
    if not is_photo(data):
        return None
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                return None
            if img.format == "JPEG":
                img.draft("RGB", (DISPLAY_LONG_SIDE, DISPLAY_LONG_SIDE))  # decoded at 1/2, 1/4 or 1/8 directly
            image = ImageOps.exif_transpose(img)
            image = image.convert("L" if image.mode in ("L", "LA", "I", "I;16", "1") else "RGB")
        if max(image.size) > DISPLAY_LONG_SIDE:
            image.thumbnail((DISPLAY_LONG_SIDE, DISPLAY_LONG_SIDE))
        out = io.BytesIO()
        image.save(out, "PDF", resolution=72.0 * pixels_per_point(*image.size))  # px * 72 / res = points
        return out.getvalue()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        log.info("a photo could not be shown as a page: %s", exc)
        return None
