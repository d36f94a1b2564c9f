"""The supervisor protocol's framing, used on both ends: a JSON header line, then the raw
payloads whose sizes the header lists."""

from __future__ import annotations

import json
import os

TYPE_CHECKING = False  # typing costs milliseconds at every sandbox start: annotations only
if TYPE_CHECKING:
    from typing import Any, BinaryIO


def write_message(stream: BinaryIO, header: dict[str, Any], *payloads: bytes) -> None:
    header = dict(header)
    header["sizes"] = [len(p) for p in payloads]
    stream.write(json.dumps(header, separators=(",", ":")).encode() + b"\n")
    for payload in payloads:
        stream.write(payload)
    stream.flush()


def read_exact(stream: BinaryIO, size: int) -> bytes:
    chunks = []
    remaining = size
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            raise EOFError("stream closed mid-message")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_message(stream: BinaryIO) -> tuple[dict[str, Any], list[bytes]]:
    line = stream.readline()
    if not line:
        raise EOFError("stream closed")
    header = json.loads(line)
    payloads = [read_exact(stream, size) for size in header.pop("sizes", [])]
    return header, payloads


class ChannelReader:
    """The supervisor's end of the channel, buffered by hand: a streaming command (an interactive
    run) waits on the descriptor beside its pipes and takes whole messages as they complete, which a
    BufferedReader's hidden buffer would not let it see."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()

    def fileno(self) -> int:
        return self.fd

    def pending(self) -> bool:
        return bool(self.buffer)

    def fill(self) -> None:
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            raise EOFError("stream closed")
        self.buffer += chunk

    def readline(self) -> bytes:
        while (end := self.buffer.find(b"\n")) < 0:
            try:
                self.fill()
            except EOFError:
                line, self.buffer = bytes(self.buffer), bytearray()
                return line
        line = bytes(self.buffer[: end + 1])
        del self.buffer[: end + 1]
        return line

    def read(self, size: int) -> bytes:
        while len(self.buffer) < size:
            try:
                self.fill()
            except EOFError:
                break
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def buffered_message(self) -> tuple[dict[str, Any], list[bytes]] | None:
        """The next message if it is all in the buffer already, else None (nothing is read)."""
        end = self.buffer.find(b"\n")
        if end < 0:
            return None
        header = json.loads(self.buffer[:end])
        sizes = header.pop("sizes", [])
        if len(self.buffer) < end + 1 + sum(sizes):
            return None
        payloads = []
        offset = end + 1
        for size in sizes:
            payloads.append(bytes(self.buffer[offset : offset + size]))
            offset += size
        del self.buffer[:offset]
        return header, payloads
