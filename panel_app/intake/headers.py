"""Header values decoded to text: RFC 2047 encoded-words, raw 8-bit (non-UTF-8) bytes, folding."""

from __future__ import annotations

from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses


def _fix_surrogates(text: str) -> str:
    """Raw 8-bit header bytes come out of the parser as surrogate escapes: try UTF-8, then cp1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("ascii", "surrogateescape")
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def decode_text(value: object) -> str | None:
    """A header value as clean text (encoded-words decoded; folded whitespace collapsed)."""
    if value is None:
        return None
    text = _fix_surrogates(str(value))
    try:
        # make_header(decode_header()) joins adjacent encoded-words without the stray space that the
        # email package's "default" policy can insert in folded names (DESIGN.md, traps).
        text = str(make_header(decode_header(text)))
    except Exception:
        pass
    return " ".join(text.split()) or None


def raw_header(msg: Message, name: str) -> str | None:
    """The stored value, before the policy turns raw 8-bit bytes into U+FFFD replacement characters."""
    try:
        for key, value in msg.raw_items():
            if key.lower() == name.lower():
                return value if isinstance(value, str) else str(value)
        return None
    except Exception:
        try:
            value = msg.get(name)
            return None if value is None else str(value)
        except Exception:
            return None


def get_header(msg: Message, name: str) -> str | None:
    return decode_text(raw_header(msg, name))


def sender(msg: Message) -> tuple[str | None, str | None]:
    """(display name, normalised e-mail) of the From header (Sender as a fallback)."""
    for name in ("From", "Sender"):
        raw = raw_header(msg, name)
        if raw is None:
            continue
        raw = " ".join(_fix_surrogates(str(raw)).split())
        try:
            pairs = getaddresses([raw])
        except Exception:
            pairs = []
        display, addr = pairs[0] if pairs else ("", "")
        email = addr.strip().lower() or None
        if email and "@" not in email:
            email = None
        return decode_text(display) if display else None, email
    return None, None


def message_id(msg: Message) -> str | None:
    value = get_header(msg, "Message-ID")
    return value.strip() if value else None
