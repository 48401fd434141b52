"""RFC 5322 messages (.eml, one message of an mbox): sender, subject, times, attachments.

Forwarded applications: when the outer mail carries a message/rfc822 part, the application is judged
on the INNER message: its sender, subject, Date and attachments (flag `forwarded`). The received time
is the inner message's top-most Received header when it has one (the time its mailbox received it);
when the inner message has no Received header (typical of "forward as attachment" from a client), the
OUTER top-most Received header is used, i.e. when the functional mailbox received the forward. The
inner Date header is never used as the received time.
"""

from __future__ import annotations

from email import errors as email_errors
from email.message import Message

from panel_app.domain.texts import translate

from . import base64_bodies, headers
from .assemble import assemble
from .limits import current
from .model import CORRUPT, FORWARDED, NOT_UNPACKED, ParsedMessage
from .received_time import date_header_utc, top_received_utc

_MAIL_HEADERS = ("from", "subject", "received", "message-id")
_STRUCTURE_DEFECTS = (
    email_errors.StartBoundaryNotFoundDefect, email_errors.CloseBoundaryNotFoundDefect,
    email_errors.NoBoundaryInMultipartDefect, email_errors.MultipartInvariantViolationDefect,
)


def looks_like_mail(msg: Message) -> bool:
    """At least one of From/Subject/Received/Message-ID: otherwise it is not mail."""
    return any(k.lower() in _MAIL_HEADERS for k in msg.keys())


def _attachments(msg: Message, left: list[str] | None = None,
                 raw: bytes = b"") -> tuple[list[tuple[str, bytes]], list[Message]]:
    """(attachments, inner messages) of `msg`, without descending into inner messages.

    Body text parts are skipped; so are inline images with a Content-ID (signature logos). A part over the
    part limit, or beyond the mail's unpacked total, is not decoded: its name goes to `left`.
    """
    limits = current()
    budget = limits.unpacked_bytes
    found: list[tuple[str, bytes]] = []
    inner: list[Message] = []
    stack = [msg]
    while stack:
        part = stack.pop(0)
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                inner.append(payload[0])
            continue
        if part.is_multipart():
            payload = part.get_payload()
            stack[0:0] = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            continue
        disposition = headers.disposition(part)
        filename = headers.filename(part)
        if ctype.startswith("text/") and not filename and disposition != "attachment":
            continue
        if ctype.startswith("image/") and part.get("Content-ID") and disposition != "attachment":
            continue
        if ctype.startswith("multipart/"):
            continue
        name = filename or f"attachment-{len(found) + 1}"
        size = getattr(part, "panel_oversize", 0) or _encoded_size(part) * 3 // 4
        if size > min(limits.part_bytes, budget) * 1.05:
            if left is not None:
                left.append(f"{name} ({size / (1024 * 1024):,.0f} MB)")
            continue
        try:
            data = base64_bodies.decode_span(raw, part)
            if data is None:
                data = part.get_payload(decode=True)
        except MemoryError:  # the worker's limit: reported as such, never as a damaged file
            raise
        except Exception:
            data = None
        if data is None:
            raw = part.get_payload()
            data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
        part._payload = ""  # the encoded copy is no longer needed: memory is the parts kept
        budget -= len(data)
        found.append((name, bytes(data)))
    return found, inner


def _encoded_size(part: Message) -> int:
    payload = part._payload  # its length only
    return len(payload) if isinstance(payload, str | bytes) else 0


def _structure_error(msg: Message) -> str | None:
    defects = [d for part in msg.walk() for d in getattr(part, "defects", [])]
    bad = [d for d in defects if isinstance(d, _STRUCTURE_DEFECTS)]
    if not bad:
        return None
    return translate("Errors", "The MIME structure of this message is damaged ({defect}); attachments may be "
                     "missing. The original message is stored unchanged.").format(
        defect=type(bad[0]).__name__.removesuffix("Defect"))


def parse_message(source: str, raw: bytes, msg: Message, reference: str, kind: str = "eml") -> ParsedMessage:
    """A ParsedMessage for an already-parsed email.message.Message."""
    left: list[str] = []
    attachments, inner = _attachments(msg, left, raw)
    flags: list[str] = []
    judged = msg
    received = top_received_utc(msg)
    if inner and not any(data for _, data in attachments if b"%PDF" in data[:1024]):
        judged = inner[0]
        flags.append(FORWARDED)
        received = top_received_utc(judged) or received
        attachments, _ = _attachments(judged, left, raw)
    error = _structure_error(msg)
    if error:
        flags.append(CORRUPT)
    notes = []
    if left:
        flags.append(NOT_UNPACKED)
        limits = current()
        notes.append(translate("Errors", "not unpacked, over the limit of {part_mb} MB a part and {mail_mb} MB a "
                               "mail: {names} (kept in the stored original)").format(
            part_mb=limits.max_part_mb, mail_mb=limits.max_unpacked_mb, names=", ".join(left)))
    name, addr = headers.sender(judged)
    return assemble(
        source=source, raw=raw, kind=kind, reference=reference, message_id=headers.message_id(judged),
        subject=headers.get_header(judged, "Subject"), sender_name=name, sender_email=addr,
        received_utc=received, date_header_utc=date_header_utc(judged), attachments=attachments,
        flags=flags, error=error, notes=notes,
    )


def parse_eml_bytes(source: str, raw: bytes, reference: str, kind: str = "eml") -> ParsedMessage | None:
    """None when the bytes do not look like mail at all (the caller flags `not_mail`)."""
    skeleton, bodies = base64_bodies.lift(raw, cap=current().part_bytes, spans=True)  # parsed ~3× faster; `raw` is stored
    msg = base64_bodies.parse(skeleton)
    base64_bodies.restore(msg, bodies)
    del skeleton, bodies
    if not looks_like_mail(msg):
        return None
    return parse_message(source, raw, msg, reference, kind)
