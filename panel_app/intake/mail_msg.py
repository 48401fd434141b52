"""Outlook .msg files (OLE compound documents), read with extract-msg.

Received time: the top-most Received header of the transport headers when present, else the
delivery time Outlook recorded (PR_MESSAGE_DELIVERY_TIME, `receivedTime`), else unknown.
"""

from __future__ import annotations

import logging
from email.message import Message
from email.utils import getaddresses

from panel_app.domain.texts import translate

from . import headers
from .assemble import assemble, unreadable
from .model import CORRUPT, ParsedMessage
from .received_time import parse_date_utc, to_utc, top_received_utc

logging.getLogger("extract_msg").setLevel(logging.ERROR)


def _safe(obj: object, attr: str) -> object:
    try:
        return getattr(obj, attr)
    except Exception:
        return None


def _attachments(msg: object) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for i, att in enumerate(_safe(msg, "attachments") or []):
        data = _safe(att, "data")
        if not isinstance(data, bytes | bytearray):
            continue  # an embedded .msg or OLE object: kept in the stored original
        name = _safe(att, "longFilename") or _safe(att, "shortFilename") or f"attachment-{i + 1}"
        out.append((str(name), bytes(data)))
    return out


def parse_msg_bytes(source: str, raw: bytes, reference: str) -> ParsedMessage:
    try:
        import extract_msg

        msg = extract_msg.openMsg(raw)
    except MemoryError:  # the worker's limit: reported as such, never as a damaged file
        raise
    except Exception as exc:
        return unreadable(source, raw, kind="msg", flag=CORRUPT,
                          error=translate("Errors", "This Outlook .msg file could not be read ({error}). The file is "
                                          "stored unchanged; open it in Outlook to check it.").format(
                              error=type(exc).__name__))
    try:
        header = _safe(msg, "header")
        header = header if isinstance(header, Message) else Message()
        name, addr = headers.sender(header)
        if not addr:
            raw_sender = _safe(msg, "sender")
            if raw_sender:
                pairs = getaddresses([" ".join(str(raw_sender).split())])
                disp, addr = pairs[0] if pairs else ("", "")
                name, addr = headers.decode_text(disp) or name, (addr.strip().lower() or None)
                if addr and "@" not in addr:
                    addr = None
        received = top_received_utc(header)
        if received is None:
            delivered = _safe(msg, "receivedTime")
            received = to_utc(delivered) if hasattr(delivered, "tzinfo") else None
        date_utc = parse_date_utc(header.get("Date"))
        if date_utc is None:
            sent = _safe(msg, "date")
            date_utc = to_utc(sent) if hasattr(sent, "tzinfo") else None
        subject = _safe(msg, "subject")
        msg_id = _safe(msg, "messageId")
        return assemble(
            source=source, raw=raw, kind="msg", reference=reference,
            message_id=str(msg_id).strip() if msg_id else None,
            subject=headers.decode_text(subject) if subject else None, sender_name=name, sender_email=addr,
            received_utc=received, date_header_utc=date_utc, attachments=_attachments(msg),
        )
    finally:
        try:
            msg.close()
        except Exception:
            pass
