"""The importer reads a worker's results as `Connection.recv()` would (same objects, same errors), with fewer copies."""

from __future__ import annotations

import multiprocessing
import os
import threading

import pytest

from panel_app.intake.result_pipe import ResultReader


def _pipe():
    return multiprocessing.Pipe(duplex=False)


def _send_all(conn, items):
    for item in items:
        conn.send(item)
    conn.close()


@pytest.mark.parametrize("size", [0, 1, 100, 16384, 16385, 65536, 200_000, 3 * 1024 * 1024])
def test_what_connection_send_wrote_comes_back_whole(size):
    r, w = _pipe()
    items = [(7, "ok", {"raw": os.urandom(size), "texts": ["é" * (size % 97)]}), (8, "failed", "memory")]
    writer = threading.Thread(target=_send_all, args=(w, items))  # a message over the pipe's size needs a reader
    writer.start()
    reader = ResultReader(r)
    assert reader._file is not None  # the direct read is in use (POSIX)
    got = [reader.recv(), reader.recv()]
    writer.join()
    assert got == items
    with pytest.raises(EOFError):  # the worker is gone: as Connection.recv says it
        reader.recv()
    r.close()


def test_a_message_cut_short_is_an_error_not_a_result():
    r, w = _pipe()
    os.write(w.fileno(), (1000).to_bytes(4, "big") + b"\x80\x05partial")  # a worker killed while it wrote
    w.close()
    with pytest.raises(OSError):
        ResultReader(r).recv()
    r.close()


def test_another_connection_is_read_by_its_own_recv():
    class Other:
        def recv(self):
            return "from recv"

    assert ResultReader(Other()).recv() == "from recv"  # type: ignore[arg-type]
