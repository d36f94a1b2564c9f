"""The supervisor protocol's framing, used on both ends: a JSON header line, then the raw
payloads whose sizes the header lists."""

from __future__ import annotations

import json

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
