"""What a file or attachment really is, judged by its first bytes (never by its name or MIME type)."""

from __future__ import annotations

import io
import zipfile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SEVEN_Z_MAGIC = b"7z\xbc\xaf\x27\x1c"
_IMAGE_MAGIC = (b"II*\x00", b"MM\x00*", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def is_pdf(data: bytes) -> bool:
    """`%PDF` anywhere in the first 1024 bytes (PDF readers accept leading junk)."""
    return b"%PDF" in data[:1024]


def is_photo(data: bytes) -> bool:
    """A JPEG or PNG image (what a phone sends): read by OCR like a scanned PDF."""
    return data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"))


def is_office_zip(data: bytes) -> bool:
    """A zip that is really an OOXML document (.docx, .xlsx, .pptx)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return False
    return "[Content_Types].xml" in names or any(n.startswith(("word/", "xl/", "ppt/")) for n in names)


def sniff_kind(data: bytes) -> str:
    """"pdf" | "docx" | "zip" | "7z" | "image" | "text" | "other"."""
    if is_pdf(data):
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "docx" if is_office_zip(data) else "zip"
    if data.startswith(SEVEN_Z_MAGIC):
        return "7z"
    if data.startswith(_IMAGE_MAGIC):
        return "image"
    if data and b"\x00" not in data[:4096]:
        try:
            data[:4096].decode("utf-8")
            return "text"
        except UnicodeDecodeError as exc:
            if exc.start >= 4090:  # a multi-byte character cut by the 4096-byte window
                return "text"
    return "other"


def is_ole(data: bytes) -> bool:
    return data.startswith(OLE_MAGIC)


def is_mbox(data: bytes) -> bool:
    return data.startswith(b"From ")
