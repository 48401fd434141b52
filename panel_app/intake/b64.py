"""A base64 body decoded exactly as `binascii.a2b_base64` decodes it, by pybase64's vector code where that gives
the same bytes.

binascii decodes a byte at a time (a 46 KB PDF attachment: ~160 us); pybase64 (libbase64, SIMD) ~31 us, which is
~0.13 ms of a worker's ~4 ms per application. The two agree on every body whose padding ("=") stands only at its
end (tests/intake/test_b64.py compares them on random bodies with stray characters, line breaks, bad lengths and
errors). A "=" inside a body is where binascii stops and pybase64 does not, so such a body goes to binascii, as
does every body when pybase64 is not installed.
"""

from __future__ import annotations

import binascii

try:
    from pybase64 import b64decode as _fast_decode
except ImportError:  # pragma: no cover - a dependency; the standard library is the fallback
    _fast_decode = None

_AFTER_PADDING = b"=\r\n \t"


def a2b_base64(raw: bytes, start: int = 0, end: int | None = None) -> bytes:
    """`binascii.a2b_base64(raw[start:end])`, and the same `binascii.Error` for a body it refuses."""
    end = len(raw) if end is None else end
    view = memoryview(raw)[start:end]
    pad = raw.find(b"=", start, end)
    if _fast_decode is None or (pad >= 0 and raw[pad:end].strip(_AFTER_PADDING)):
        return binascii.a2b_base64(view)
    return _fast_decode(view, validate=False)
