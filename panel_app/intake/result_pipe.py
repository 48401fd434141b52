"""Receiving a worker's result (~110 KB for an application) with one copy out of the pipe instead of three.

`Connection.recv()` on POSIX reads a message in chunks, writes them into a BytesIO and unpickles a view of it.
Here the same wire format (what `Connection.send` writes: a "!i" size, or -1 and a "!Q" size, then the pickle)
is read straight into one buffer, kept for the next message (up to KEEP): the importer's reading CPU went from
~59 to ~47 µs a file in an import (README, intake paragraph), and from 59 to 20 µs when the message is already
whole in the pipe. The worker sends with `send`, which writes the bytes `Connection.send` writes
(tests/intake/test_result_send.py); on Windows (a PipeConnection, no plain file descriptor) `recv()` is used as
it is. tests/intake/test_result_pipe.py checks the format against `Connection.send`, so a Python that changed
it fails there, not in an import.
"""

from __future__ import annotations

import io
import pickle
import select
import struct
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler


def send(conn: Connection, obj: object) -> None:
    """`conn.send(obj)`, the same bytes on the wire: `pickle.dumps` (the protocol `Connection.send` uses) then
    `send_bytes`. `Connection.send` pickles with ForkingPickler, whose instance copies a dispatch table and
    writes through a BytesIO: ~7 µs more a message, for reducers (sockets, connections) a path or a result never
    holds. Should one ever hold an object only ForkingPickler reduces, it is pickled by ForkingPickler."""
    try:
        data: bytes | memoryview = pickle.dumps(obj, protocol=pickle.DEFAULT_PROTOCOL)
    except (pickle.PicklingError, TypeError):
        data = ForkingPickler.dumps(obj)
    conn.send_bytes(data)


KEEP = 1024 * 1024  # a message up to this size is read into the buffer kept for the next one


class ResultReader:
    """Reads whole messages from the receiving end of a `multiprocessing.Pipe`, as `conn.recv()` would."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._file: io.FileIO | None = None
        self._poll: select.poll | None = None
        self._buf = bytearray()
        if type(conn) is Connection:  # POSIX; Windows has PipeConnection
            try:
                self._file = io.FileIO(conn.fileno(), "rb", closefd=False)
                self._poll = select.poll()
                self._poll.register(conn.fileno(), select.POLLIN)
            except (OSError, ValueError):
                self._file = self._poll = None

    def ready(self) -> bool:
        """`conn.poll()`: a message (or the end of the pipe) is there to read. On POSIX one poll object kept for
        the pipe, instead of the selector `conn.poll()` builds at each call (~4 µs, asked once per result)."""
        if self._poll is None:
            return self.conn.poll()
        return bool(self._poll.poll(0))

    def recv(self) -> object:
        if self._file is None:
            return self.conn.recv()
        (size,) = struct.unpack("!i", self._read(4, first=True))
        if size == -1:
            (size,) = struct.unpack("!Q", self._read(8))
        return pickle.loads(self._read(size))

    def _read(self, n: int, first: bool = False) -> bytearray | memoryview:
        """Exactly n bytes (blocking, as recv does); EOFError when the pipe ended before a message, OSError
        inside one (as Connection says them). Up to KEEP bytes are read into one buffer kept from message to
        message (a view of it, valid until the next read): no 110 KB allocated and zero-filled a result."""
        assert self._file is not None
        if n <= KEEP:
            if len(self._buf) < n:
                self._buf = bytearray(min(KEEP, max(n, 2 * len(self._buf))))
            view = memoryview(self._buf)[:n]
        else:  # a rare large message: its own buffer, freed with it
            view = memoryview(bytearray(n))
        got = 0
        while got < n:
            k = self._file.readinto(view[got:])
            if not k:
                if first and got == 0:
                    raise EOFError
                raise OSError("got end of file during message")
            got += k
        return view
