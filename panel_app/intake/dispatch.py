"""One file or one blob of bytes -> ParsedMessages, dispatched by content (never by file name).

mbox (`From ` first line) -> one ParsedMessage per message ("name.mbox#3");
OLE (`\\xd0\\xcf\\x11\\xe0`) -> Outlook .msg; starts with `%PDF-` -> a loose PDF (no mail around it);
else RFC 5322 when it has a From/Subject/Received/Message-ID header; else `%PDF` in the first 1024
bytes -> a loose PDF; else `not_mail`.
Nothing here raises for bad input: an unreadable file comes back flagged, with `error` in words.
"""

from __future__ import annotations

import logging
from pathlib import Path

from panel_app.domain.texts import translate

from .assemble import assemble, unreadable
from .mail_eml import parse_eml_bytes
from .mail_msg import parse_msg_bytes
from .mbox import split_mbox
from .model import CORRUPT, NOT_MAIL, ParsedMessage
from .sniff import is_mbox, is_ole, is_pdf

log = logging.getLogger(__name__)


def _loose_pdf(name: str, data: bytes, reference: str) -> ParsedMessage:
    return assemble(source=name, raw=data, kind="pdf", reference=reference,
                    attachments=[(Path(name).name, data)], loose_pdf=True)


def _parse_one(name: str, data: bytes, reference: str) -> ParsedMessage:
    if not data:
        return unreadable(name, data, flag=CORRUPT, error=translate("Errors", "empty file (0 bytes)"))
    if is_ole(data):
        return parse_msg_bytes(name, data, reference)
    # a mail may quote "%PDF" early (a tiny inline attachment): only a file that starts like a PDF
    # is taken as one before trying mail; junk before "%PDF" is accepted when it is not mail.
    if data[:1024].lstrip()[:5] == b"%PDF-":  # never a copy of the whole file
        return _loose_pdf(name, data, reference)
    parsed = parse_eml_bytes(name, data, reference)
    if parsed is not None:
        return parsed
    if is_pdf(data):
        return _loose_pdf(name, data, reference)
    return unreadable(name, data, error=translate(
        "Errors", "{file} is neither an e-mail (.eml/.msg/.mbox) nor a PDF. It is stored unchanged; check what it is "
        "and import it by hand if needed.").format(file=Path(name).name))


def parse_bytes(name: str, data: bytes, reference: str) -> list[ParsedMessage]:
    """The messages in one file's bytes (several for an mbox). Never raises for bad input."""
    data = bytes(data)
    try:
        if is_mbox(data):
            parts = split_mbox(data)
            out = []
            for k, part in enumerate(parts, start=1):
                one = parse_eml_bytes(f"{name}#{k}", part, reference, kind="mbox")
                out.append(one or unreadable(f"{name}#{k}", part, kind="mbox",
                                             error=translate("Errors", "Message {k} of {file} has no mail headers.").format(
                                                 k=k, file=name)))
            return out or [unreadable(name, data, error=translate(
                "Errors", "{file} looks like an mbox but holds no message.").format(file=name))]
        return [_parse_one(name, data, reference)]
    except MemoryError:  # the worker's limit: reported as such, never as a damaged file
        raise
    except Exception as exc:  # a bug or a pathological file: keep the bytes, say what happened
        log.exception("intake: could not parse %s", name)
        return [unreadable(name, data, flag=CORRUPT,
                           error=translate("Errors", "{file} could not be read ({error}). It is stored unchanged.").format(
                               file=name, error=f"{type(exc).__name__}: {exc}"))]


def parse_file(path: str | Path, reference: str) -> list[ParsedMessage]:
    """parse_bytes on a file's content; the source is the file name."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return [unreadable(p.name, b"", flag=NOT_MAIL, error=translate("Errors", "{file} could not be opened: {error}.").format(
            file=p.name, error=exc.strerror or exc))]
    return parse_bytes(p.name, data, reference)
