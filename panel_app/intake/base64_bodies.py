"""Base64 bodies lifted out before parsing and put back after: the same message, parsed ~3× faster.

Python's email parser reads a message line by line and scans each part's payload again, and an attached
3-page PDF is ~800 lines of base64. So each base64 body is replaced by a one-line token, the small
skeleton is parsed, and the bodies are put back as the parts' payloads (`restore`), where
`get_payload(decode=True)` decodes them as usual. Only a body that is entirely base64 characters,
directly after a header block that declares `Content-Transfer-Encoding: base64`, is lifted; anything
else (a quoted-printable part, a damaged body, a missing blank line) is parsed exactly as it was. The
stored original is never this copy: only the parser sees it.
"""

from __future__ import annotations

import re
import secrets
from email.message import Message

_CTE = b"content-transfer-encoding:"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BASE64_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_EOL = b"\r\n"
_TOKEN = "PanelAppBase64Body"
_TOKEN_RE = re.compile(_TOKEN + r"[0-9a-f]+x[0-9]+\.")


def lift(raw: bytes) -> tuple[bytes, dict[str, str]]:
    """(skeleton, {token: body}): `raw` with each base64 body replaced by a token line."""
    low = raw.lower()
    bodies: dict[str, str] = {}
    nonce = secrets.token_hex(6)
    out: list[bytes] = []
    pos = 0
    at = low.find(_CTE)
    while at >= 0:
        line_end = low.find(b"\n", at)
        if line_end < 0:
            break
        value = low[at + len(_CTE):line_end].strip()
        following = low[line_end + 1:line_end + 2]
        if value != b"base64" or following in (b" ", b"\t") or at < pos:  # another encoding, or folded
            at = low.find(_CTE, at + 1)
            continue
        blank = _BLANK_LINE.search(raw, line_end - 1)  # the end of this header block
        if blank is None:
            break
        start = blank.end()
        end = raw.find(b"\n--", start)  # the next boundary line (or the end of the message)
        end = len(raw) if end < 0 else end + 1
        body = raw[start:end].rstrip(b"\r\n")
        joined = body.translate(None, _EOL)
        if joined and not joined.translate(None, _BASE64_CHARS):
            token = f"{_TOKEN}{nonce}x{len(bodies)}."
            bodies[token] = body.decode("ascii")  # as written, line breaks included
            out += [raw[pos:start], token.encode("ascii"), raw[start + len(body):end]]
            pos = end
        at = low.find(_CTE, max(end, at + 1))
    if not out:
        return raw, bodies
    out.append(raw[pos:])
    return b"".join(out), bodies


def restore(msg: Message, bodies: dict[str, str]) -> None:
    """Put the lifted bodies back, wherever the parser put their tokens (a part's payload, a preamble or
    an epilogue): every string then reads exactly as if the original had been parsed."""
    if not bodies:
        return

    def back(text: str) -> str:
        return _TOKEN_RE.sub(lambda m: bodies.get(m.group(0), m.group(0)), text) if _TOKEN in text else text

    for part in msg.walk():
        payload = part._payload  # noqa: SLF001 - the payload string as parsed, before any decoding
        if isinstance(payload, str):
            part._payload = back(payload)  # noqa: SLF001
        for attr in ("preamble", "epilogue"):
            value = getattr(part, attr, None)
            if isinstance(value, str):
                setattr(part, attr, back(value))
