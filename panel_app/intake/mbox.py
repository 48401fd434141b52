"""Splitting an mbox file into its messages (mboxo/mboxrd `>From ` quoting undone)."""

from __future__ import annotations

import re

_FROM_LINE = re.compile(rb"^From [^\r\n]*\r?\n", re.MULTILINE)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox, without their `From ` separator lines.

    A `From ` line starts a message only at the start of the file or after an empty line.
    """
    starts = [m for m in _FROM_LINE.finditer(data) if m.start() == 0 or _blank_line_before(data, m.start())]
    out: list[bytes] = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(data)
        body = data[m.end():end]
        out.append(_QUOTED_FROM.sub(rb"\1", body))
    return out


def _blank_line_before(data: bytes, pos: int) -> bool:
    return data[:pos].endswith((b"\n\n", b"\r\n\r\n"))
