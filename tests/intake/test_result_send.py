"""A worker's result (and a task) written by `result_pipe.send` is byte for byte what `Connection.send` writes."""

from __future__ import annotations

import multiprocessing
import os
import threading
from datetime import UTC, datetime

import pytest

from panel_app.intake.model import ParsedDocument, ParsedMessage, Suggestion
from panel_app.intake.result_pipe import ResultReader, send


def _message(size: int) -> ParsedMessage:
    doc = ParsedDocument("cv.pdf", os.urandom(size), "ab" * 32, "pdf", 3, True, ["Šárka", "é" * 50, ""], [], None)
    return ParsedMessage("m.eml", "cd" * 32, os.urandom(size), "eml", "<id@x>", "Subject", "Name", "a@b.c",
                         datetime(2026, 6, 1, 5, 4, tzinfo=UTC), None, True, [doc], ["forwarded"],
                         [Suggestion("email", "a@b.c", "header", "From: a@b.c", None)], extra='{"facts": []}')


def _wire(write, obj) -> bytes:
    """The bytes that `write(connection, obj)` puts on a pipe."""
    r, w = multiprocessing.Pipe(duplex=False)
    got = bytearray()

    def drain():
        while chunk := os.read(r.fileno(), 1 << 16):
            got.extend(chunk)

    reader = threading.Thread(target=drain)  # a message over the pipe's size needs a reader
    reader.start()
    write(w, obj)
    w.close()
    reader.join()
    r.close()
    return bytes(got)


@pytest.mark.parametrize("obj", [(3, "/tmp/box/application-00001.eml"), (9, "ok", [_message(10)]),
                                 (9, "ok", [_message(70_000)]), (1, "failed", "memory"), None])
def test_send_writes_what_connection_send_writes(obj):
    assert _wire(send, obj) == _wire(lambda c, o: c.send(o), obj)


def test_what_send_wrote_comes_back_whole():
    r, w = multiprocessing.Pipe(duplex=False)
    obj = (9, "ok", [_message(70_000)])
    writer = threading.Thread(target=lambda: (send(w, obj), w.close()))
    writer.start()
    reader = ResultReader(r)
    assert reader.recv() == obj
    writer.join()
    assert reader.ready()  # the end of the pipe is there to read, as Connection.poll says it
    with pytest.raises(EOFError):
        reader.recv()
    r.close()
