"""Header values decoded to text, the one place for it: RFC 2047 encoded-words, raw 8-bit bytes (UTF-8, else
cp1252), RFC 2231 parameters (`filename*=UTF-8''…`, continuations `filename*0*=`), folding. The email
package may hand back an `email.header.Header` instead of a str for a raw 8-bit value: every function here
takes either.
"""

from __future__ import annotations

import re
from email.header import Header, decode_header, make_header
from email.message import Message
from email.utils import collapse_rfc2231_value, getaddresses, unquote

_SURROGATE = re.compile("[\udc80-\udcff]")


def _fix_surrogates(text: str) -> str:
    """Raw 8-bit header bytes come out of the parser as surrogate escapes: try UTF-8, then cp1252."""
    if _SURROGATE.search(text) is None:
        return text
    raw = text.encode("ascii", "surrogateescape")
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _as_str(value: object) -> str:
    """A str with raw 8-bit bytes as surrogate escapes, from a str or an email.header.Header."""
    if isinstance(value, Header):
        chunks = getattr(value, "_chunks", None)  # (text, charset) pairs, as the parser stored them
        if chunks is not None:
            return "".join(text if isinstance(text, str) else bytes(text).decode("ascii", "surrogateescape")
                           for text, _charset in chunks)
    return str(value)


def decode_text(value: object) -> str | None:
    """A header value as clean text (encoded-words decoded; folded whitespace collapsed)."""
    if value is None:
        return None
    text = _fix_surrogates(_as_str(value))
    if "=?" not in text:  # no encoded-word: nothing for the (slow) email.header functions to do
        return " ".join(text.split()) or None
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


def _clean_header(msg: Message, name: str) -> str:
    """The header as text with raw bytes decoded, RFC 2047 left for later (parameters come first)."""
    raw = raw_header(msg, name)
    return "" if raw is None else " ".join(_fix_surrogates(_as_str(raw)).split())


def disposition(msg: Message) -> str:
    """"attachment", "inline" or "" (lower case)."""
    return _clean_header(msg, "Content-Disposition").split(";")[0].strip().lower()


def filename(msg: Message) -> str | None:
    """The attachment's name: Content-Disposition filename, else Content-Type name; RFC 2231 and 2047 read."""
    for header, param in (("Content-Disposition", "filename"), ("Content-Type", "name")):
        value = _clean_header(msg, header)
        if not value or param not in value.lower():
            continue
        probe = Message()
        probe[header] = value
        try:
            found = probe.get_param(param, header=header)
            if isinstance(found, tuple):  # RFC 2231: (charset, language, value)
                found = collapse_rfc2231_value(found, errors="replace")
        except Exception:  # a malformed parameter: try the next header
            continue
        name = decode_text(unquote(found)) if found else None
        if name:
            return name
    return None


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
