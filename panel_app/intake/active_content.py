"""Active content in a PDF, in words: JavaScript, an action run on opening, a launch action, an embedded
program. Information for the secretary: the application still counts.

Read from the raw bytes, from the PDF's compressed object streams (inflated up to a cap), and from PDFium
(document JavaScript, embedded files). Never raises.
"""

from __future__ import annotations

import re
import zlib

from panel_app.domain.texts import translate

_OBJSTM = re.compile(rb"/Type\s*/ObjStm\b")
_STREAM = re.compile(rb"stream\r?\n")
_JS = re.compile(rb"/(?:JavaScript|JS)\b")
_LAUNCH = re.compile(rb"/S\s*/Launch\b")
_OPEN_ACTION = re.compile(rb"/OpenAction\s*(<<|\d+\s+\d+\s+R)")
_EXE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
_EXE_NAMES = (".exe", ".dll", ".bat", ".cmd", ".com", ".scr", ".js", ".vbs", ".ps1", ".jar", ".msi", ".sh",
              ".app", ".lnk")
# One pass over the bytes for the words that can matter (five `in` searches cost ~6x more: a PDF is full of "/").
# An object stream always reads "/Type /ObjStm" (see _OBJSTM), so "/ObjStm" is enough to look inside them.
_WORDS = re.compile(rb"/(?:J(?:avaScript|S)|OpenAction|Launch|ObjStm)")
OBJSTM_CAP = 8 * 1024 * 1024  # bytes inflated per object stream at most (a bomb is cut off there)


def _object_streams(data: bytes) -> list[bytes]:
    out = []
    for m in _OBJSTM.finditer(data):
        s = _STREAM.search(data, m.end(), m.end() + 4096)
        if s is None:
            continue
        try:
            out.append(zlib.decompressobj().decompress(data[s.end():s.end() + OBJSTM_CAP], OBJSTM_CAP))
        except zlib.error:
            continue
    return out


def _open_action_is_action(text: bytes) -> bool:
    """/OpenAction with a dictionary (an action), not a destination array (e.g. `[3 0 R /Fit]`)."""
    for m in _OPEN_ACTION.finditer(text):
        if m.group(1) == b"<<":
            return True
        num = m.group(1).split()[0]
        target = re.search(rb"(?<![0-9])" + num + rb"\s+0\s+obj\s*(<<|\[)", text)
        if target is None or target.group(1) == b"<<":
            return True
    return False


def scan_active(data: bytes, js_actions: int = 0, attachments: list[tuple[str, bytes]] | None = None) -> list[str]:
    """What active content `data` holds, each in words ([] when none)."""
    try:
        if not js_actions and not attachments and _WORDS.search(data) is None:
            return []  # the common case
        texts = [data, *_object_streams(data)] if b"ObjStm" in data else [data]
        found: list[str] = []
        if js_actions or any(_JS.search(t) for t in texts):
            found.append("JavaScript")
        if any(_open_action_is_action(t) for t in texts):
            found.append("an action run when the file is opened")
        if any(_LAUNCH.search(t) for t in texts):
            found.append("a launch action (starts a program)")
        for name, content in attachments or []:
            if content.startswith(_EXE_MAGIC) or name.lower().endswith(_EXE_NAMES):
                found.append(f"an embedded program ({name})")
        return found
    except Exception:  # information only: never a reason not to read the file
        return []


ACTIVE_WORDS = "active content: "


def words(found: list[str]) -> str:
    return translate("Errors", "active content: {found} (information; the application still counts)").format(
        found=", ".join(found))
