"""Hostile inputs built in code (nothing on disk in the repository): PDFs written object by object, bombs
compressed chunk by chunk so that generating them never needs their inflated size in memory.

Each builder returns bytes, or writes a file and returns its path when the file is large.
"""

from __future__ import annotations

import zlib
from email.message import EmailMessage
from pathlib import Path

from .fixtures import application_pdf, make_eml, zip_bytes


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from its numbered objects (1-based, in order), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", *, deflated: bool = False) -> bytes:
    filt = b" /Filter /FlateDecode" if deflated else b""
    return b"<< /Length %d%s%s >>\nstream\n" % (len(data), filt, extra) + data + b"\nendstream"


def _deflated_repeat(unit: bytes, total: int) -> bytes:
    """zlib of `unit` repeated up to `total` bytes, compressed 1 MB at a time."""
    comp = zlib.compressobj(9)
    block = unit * (1024 * 1024 // len(unit))
    out, done = [], 0
    while done < total:
        out.append(comp.compress(block))
        done += len(block)
    out.append(comp.flush())
    return b"".join(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_pdf(text: str = "Application form", extra_catalog: bytes = b"", extra_objects: list[bytes] | None = None,
             pages: int = 1) -> bytes:
    """A small valid PDF with a text layer; `extra_catalog` is added to the catalog dictionary."""
    extra_objects = extra_objects or []
    first_page = 4 + 0
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R" + extra_catalog + b" >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages, _FONT]
    for i in range(pages):
        content = b"BT /F1 12 Tf 72 720 Td (%s page %d) Tj ET" % (text.encode("latin-1"), i + 1)
        objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                 b"/Contents %d 0 R >>" % (first_page + 2 * i + 1), _stream(content)]
    return _pdf(objs + extra_objects)


def inflation_bomb_pdf(inflated_mb: int = 400) -> bytes:
    """One page whose content stream inflates to `inflated_mb` MB of drawing operators (~1 MB on disk per 700)."""
    stream = _deflated_repeat(b"0 0 1 1 re f\n", inflated_mb * 1024 * 1024)
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 _stream(stream, deflated=True)])


def page_tree_bomb_pdf(references: int = 1_000_000) -> bytes:
    """A page tree whose leaves point `references` times at the same page (a ~6 MB file per million)."""
    fanout = 1000
    leaves = (references + fanout - 1) // fanout
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids_of_root = b" ".join(b"%d 0 R" % (5 + i) for i in range(leaves))
    objs.append(b"<< /Type /Pages /Kids [" + kids_of_root + b"] /Count %d >>" % references)
    objs.append(b"<< /Type /Page /Parent 5 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
                b"/Contents 6 0 R >>".replace(b"6 0 R", b"%d 0 R" % (5 + leaves)))
    objs.append(_FONT)
    for i in range(leaves):
        n = min(fanout, references - i * fanout)
        objs.append(b"<< /Type /Pages /Parent 2 0 R /Kids [" + b"3 0 R " * n + b"] /Count %d >>" % n)
    objs.append(_stream(b"BT /F1 12 Tf 72 720 Td (Same page again) Tj ET"))
    return _pdf(objs)


def cyclic_page_tree_pdf() -> bytes:
    """A page tree whose intermediate node lists its own parent among its kids."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
                 b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R 3 0 R] /Count 2 >>",
                 b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                 b"/Resources << /Font << /F1 6 0 R >> >> >>",
                 _stream(b"BT /F1 12 Tf 72 720 Td (Cycle) Tj ET"), _FONT])


def active_content_pdf(kind: str) -> bytes:
    """A readable PDF carrying active content: "javascript", "openaction", "launch" or "executable"."""
    if kind == "javascript":
        return text_pdf(extra_catalog=b" /Names << /JavaScript << /Names [(x) 6 0 R] >> >>",
                        extra_objects=[b"<< /S /JavaScript /JS (app.alert\\('hi'\\);) >>"])
    if kind == "openaction":
        return text_pdf(extra_catalog=b" /OpenAction 6 0 R",
                        extra_objects=[b"<< /S /JavaScript /JS (this.print\\(\\);) >>"])
    if kind == "launch":
        return text_pdf(extra_catalog=b" /OpenAction << /S /Launch /F (cmd.exe) >>")
    if kind == "executable":
        exe = b"MZ\x90\x00" + b"\x00" * 60 + b"This program cannot be run in DOS mode."
        return text_pdf(extra_catalog=b" /Names << /EmbeddedFiles << /Names [(setup.exe) 6 0 R] >> >>",
                        extra_objects=[b"<< /Type /Filespec /F (setup.exe) /EF << /F 7 0 R >> >>",
                                       _stream(exe, b" /Type /EmbeddedFile")])
    raise ValueError(kind)


def zip_bomb(members: int = 12, member_mb: int = 150) -> bytes:
    """A zip of `members` members of `member_mb` MB of zeros each, written without ever holding one inflated."""
    import struct

    size = member_mb * 1024 * 1024
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b"\x00" * (1024 * 1024)
    body = b"".join(comp.compress(block) for _ in range(member_mb)) + comp.flush()
    crc = 0
    for _ in range(member_mb):
        crc = zlib.crc32(block, crc)
    out, central = bytearray(), bytearray()
    for i in range(members):
        name = b"cv-%02d.pdf" % i
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(body), size, len(name), 0)
        out += name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(body), size,
                               len(name), 0, 0, 0, 0, 0, off) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, members, members, len(central), len(out), 0)
    return bytes(out + central + end)


def mail_with(attachments: list[tuple[str, bytes, str]], **kw) -> bytes:
    return bytes(make_eml(attachments=attachments, **kw))


def raw_utf8_filename_mail() -> bytes:
    """A real-shaped mail whose attachment name is raw UTF-8 in the header, as many clients send it."""
    msg = make_eml(from_addr="ivan.petrov@example.org",
                   attachments=[("placeholder.zip", zip_bytes({"spravka.txt": b"certificate"}), "application/zip"),
                                ("cv.pdf", application_pdf(3), "application/pdf")])
    raw = bytes(msg)
    return raw.replace(b'filename="placeholder.zip"', 'filename="ФНС_РФ558.zip"'.encode())


def big_mail(path: Path, total_mb: int = 200, part_mb: int = 20) -> Path:
    """A ~`total_mb` MB mail (base64 attachments of `part_mb` MB each, plus one real application PDF),
    written to `path` part by part."""
    import base64
    import os

    boundary = "==BOUNDARY-big-mail=="
    head = make_eml(attachments=[])
    with open(path, "wb") as f:
        for k, v in head.items():
            if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
                f.write(f"{k}: {v}\r\n".encode())
        f.write(f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode())
        parts = [("application.pdf", application_pdf(4))]
        chunk = os.urandom(part_mb * 1024 * 1024)
        parts += [(f"annex-{i}.bin", chunk) for i in range(max(1, (total_mb * 3 // 4) // part_mb))]
        for name, data in parts:
            f.write(f"--{boundary}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: "
                    f"base64\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n\r\n".encode())
            enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
            f.write(enc)
        f.write(f"--{boundary}--\r\n".encode())
    return path


def forwarded_text(msg: EmailMessage) -> bytes:
    return bytes(msg)
