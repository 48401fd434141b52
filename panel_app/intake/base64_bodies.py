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

import binascii
import email
import re
import secrets
from email.message import Message

from .b64 import a2b_base64

_CTE = re.compile(rb"content-transfer-encoding:", re.IGNORECASE)  # searched in place: no lower-case copy
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BASE64_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_EOL = b"\r\n"
_EOL_AND_BASE64 = _EOL + _BASE64_CHARS
_B64_BODY = re.compile(rb"[A-Za-z0-9+/=\r\n]+")
_LARGE_BODY = 1024 * 1024  # checked in place with a regular expression rather than on a copy
_TOKEN = "PanelAppBase64Body"
_TOKEN_RE = re.compile(_TOKEN + r"[0-9a-f]+x[0-9]+\.")
_BOUNDARY = re.compile(rb'[;\s]boundary\s*=\s*(?:"([^"\r\n]{8,70})"|([^\s;"()]{8,70}))', re.IGNORECASE)
_CANONICAL = b"PanelAppBoundary"


class Oversize(str):
    """What `lift` keeps of a body over its cap: nothing but the size it would decode to."""

    decoded_size: int = 0


class Span(str):
    """What `lift(spans=True)` keeps of a body: where it lies in `raw` (no copy is made)."""

    start: int = 0
    end: int = 0


def _find(raw: bytes, start: int) -> int:
    m = _CTE.search(raw, start)
    return m.start() if m else -1


def _boundary_line(raw: bytes, start: int) -> int:
    """raw.find(b"\\n--", start), found ~20× faster in a base64 body: it holds no "-", so its first "-" is the
    boundary line's, which one search for a single byte reaches (a three-byte search steps through the body a
    few bytes at a time). Any other first "-" and the three-byte search is made as before."""
    dash = raw.find(b"-", start + 1)
    if dash > 0 and raw[dash - 1] == 0x0A and raw[dash + 1:dash + 2] == b"-":
        return dash - 1  # no earlier "\n--": its second byte would be an earlier "-"
    return raw.find(b"\n--", start)


def lift(raw: bytes, cap: int | None = None, spans: bool = False) -> tuple[bytes, dict[str, str]]:
    """(skeleton, {token: body}): `raw` with each base64 body replaced by a token line.

    A body that would decode to more than `cap` bytes is kept as an empty `Oversize` marker: it is never
    copied or decoded, so a mail costs the parts it keeps, not its own size. With `spans`, every body is
    kept as a `Span` of `raw` instead of a copy (decoded later from `raw` itself: see `decode_span`).
    """
    bodies: dict[str, str] = {}
    nonce = secrets.token_hex(6)
    out: list[bytes] = []
    pos = 0
    n_cte = len(b"content-transfer-encoding:")
    at = _find(raw, 0)
    while at >= 0:
        line_end = raw.find(b"\n", at)
        if line_end < 0:
            break
        value = raw[at + n_cte:line_end].strip().lower()
        following = raw[line_end + 1:line_end + 2]
        if value != b"base64" or following in (b" ", b"\t") or at < pos:  # another encoding, or folded
            at = _find(raw, at + 1)
            continue
        blank = _BLANK_LINE.search(raw, line_end - 1)  # the end of this header block
        if blank is None:
            break
        start = blank.end()
        end = _boundary_line(raw, start)  # the next boundary line (or the end of the message)
        end = len(raw) if end < 0 else end + 1
        body_end = end
        while body_end > start and raw[body_end - 1] in b"\r\n":
            body_end -= 1
        oversize = cap is not None and (body_end - start) * 3 // 4 > cap * 1.05  # line breaks: ~3 % of it
        big = spans and body_end - start > _LARGE_BODY
        body = b"" if oversize or big else raw[start:body_end]  # an oversize body is never copied
        if oversize or (_B64_BODY.fullmatch(raw, start, body_end) if big else _is_base64(body)):
            token = f"{_TOKEN}{nonce}x{len(bodies)}."
            if oversize:
                marker = Oversize("")
                marker.decoded_size = (body_end - start) * 3 // 4
                bodies[token] = marker
            elif spans:
                span = Span("")
                span.start, span.end = start, body_end
                bodies[token] = span
            else:
                bodies[token] = body.decode("ascii")  # as written, line breaks included
            out += [raw[pos:start], token.encode("ascii"), raw[body_end:end]]
            pos = end
        at = _find(raw, max(end, at + 1))
    if not out:
        return raw, bodies
    out.append(raw[pos:])
    return b"".join(out), bodies


def same_boundaries(skeleton: bytes) -> bytes:
    """The skeleton with each MIME boundary written as one of a few fixed ones (PanelAppBoundary000x, …001x, …),
    or unchanged. Python's email parser compiles a regular expression for each boundary it meets (0.1 ms a
    mail, and it flushes `re`'s cache): the same few boundaries for every mail are compiled once per process.
    Each boundary is replaced everywhere it occurs (its declaration and its delimiter lines alike), so the
    parts are the same; the mail is left as it is when a replacement could be ambiguous (a boundary inside
    another, or the fixed names already in the mail). Only the parser's copy: the stored original is never it."""
    found: list[bytes] = []
    for m in _BOUNDARY.finditer(skeleton):
        value = m.group(1) or m.group(2)
        if value not in found:
            found.append(value)
    if not found or len(found) > 999 or _CANONICAL in skeleton:
        return skeleton
    canonical = [_CANONICAL + b"%03dx" % i for i in range(len(found))]
    names = b" ".join(canonical)
    if any(a in b for a in found for b in found if a is not b) or any(a in names for a in found):
        return skeleton
    for value, fixed in zip(found, canonical, strict=True):
        skeleton = skeleton.replace(value, fixed)
    return skeleton


def parse(skeleton: bytes) -> Message:
    """The skeleton parsed with the fixed boundaries (`same_boundaries`); parsed as it is when that reading
    finds any defect, so a damaged mail reads exactly as before, defects and all."""
    same = same_boundaries(skeleton)
    msg = email.message_from_bytes(same)
    if same is not skeleton and any(part.defects for part in msg.walk()):
        msg = email.message_from_bytes(skeleton)
    return msg


def _is_base64(body: bytes) -> bool:
    """Only base64 characters and line breaks, at least one of them base64 (one pass over the body)."""
    if body.translate(None, _EOL_AND_BASE64):
        return False
    return body[-1:] not in (b"", b"\r", b"\n") or bool(body.strip(_EOL))


def restore(msg: Message, bodies: dict[str, str]) -> None:
    """Put the lifted bodies back, wherever the parser put their tokens (a part's payload, a preamble or
    an epilogue): every string then reads exactly as if the original had been parsed."""
    if not bodies:
        return

    def back(text: str) -> str:
        return _TOKEN_RE.sub(lambda m: bodies.get(m.group(0), m.group(0)), text) if _TOKEN in text else text

    for part in msg.walk():
        payload = part._payload  # the payload string as parsed, before any decoding
        if isinstance(payload, str):
            marker = bodies.get(payload.strip())
            if isinstance(marker, Oversize):
                part.panel_oversize = marker.decoded_size  # read by mail_eml: noted, never decoded
                part._payload = ""
                continue
            if isinstance(marker, Span):
                part.panel_span = (marker.start, marker.end)  # read by decode_span
                part._payload = ""
                continue
            part._payload = back(payload)
        for attr in ("preamble", "epilogue"):
            value = getattr(part, attr, None)
            if isinstance(value, str):
                setattr(part, attr, back(value))


def decode_span(raw: bytes, part: Message) -> bytes | None:
    """The decoded body of a part restored from a `Span`, straight from `raw`; None for any other part.
    A body binascii refuses (bad padding) is decoded as the email package would, from a copy."""
    span = getattr(part, "panel_span", None)
    if span is None:
        return None
    start, end = span
    try:
        return a2b_base64(raw, start, end)
    except binascii.Error:
        part._payload = raw[start:end].decode("ascii")
        del part.panel_span
        return part.get_payload(decode=True)
