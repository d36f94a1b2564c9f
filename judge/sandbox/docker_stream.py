"""Talking to one runner container: its supervisor's channel is the container's own stdin and
stdout, reached with one `attach` (an HTTP upgrade on the daemon's socket, no `docker exec`)."""

from __future__ import annotations

import socket
from typing import Any

import docker.errors
from docker.models.containers import Container

from judge.sandbox.channel import DeadlineReader, SupervisorSession

# A writer blocked this long on a container that stopped reading gives up.
SEND_TIMEOUT_SECONDS = 60


class DemuxReader(DeadlineReader):
    """Reads the container's stdout out of Docker's multiplexed attach stream (8-byte frame
    headers: stream type, 3 zero bytes, big-endian length); stderr frames are skipped."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.frame_left = 0
        self.skip = False

    def recv(self, size: int) -> bytes:
        self.sock.settimeout(self.remaining() or SEND_TIMEOUT_SECONDS)
        try:
            chunk = self.sock.recv(size)
        finally:
            self.sock.settimeout(SEND_TIMEOUT_SECONDS)
        if not chunk:
            raise EOFError("container stream closed")
        return chunk

    def recv_exact(self, size: int) -> bytes:
        data = bytearray()
        while len(data) < size:
            data += self.recv(size - len(data))
        return bytes(data)

    def fill(self) -> None:
        while self.frame_left == 0:
            header = self.recv_exact(8)
            self.frame_left = int.from_bytes(header[4:8], "big")
            self.skip = header[0] != 1
        chunk = self.recv(min(self.frame_left, 1 << 20))
        self.frame_left -= len(chunk)
        if not self.skip:
            self.buffer += chunk


class SocketWriter:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def write(self, data: bytes) -> int:
        self.sock.sendall(data)
        return len(data)

    def flush(self) -> None:
        pass


class DockerSession(SupervisorSession):
    def __init__(self, container: Container, stream: Any) -> None:
        # attach_socket gives a SocketIO over the daemon's unix socket; talk to the socket itself.
        sock: socket.socket = getattr(stream, "_sock", stream)
        sock.settimeout(SEND_TIMEOUT_SECONDS)
        super().__init__(SocketWriter(sock), DemuxReader(sock))  # type: ignore[arg-type]
        self.container = container
        self.stream = stream
        self.sock = sock

    def describe_failure(self) -> str:
        try:
            self.container.reload()
            state = self.container.attrs.get("State", {})
            return f"(container {self.container.short_id}: {state.get('Status')}, OOM-killed: {state.get('OOMKilled')})"
        except docker.errors.DockerException as e:
            return f"(container {self.container.short_id}: {e})"

    def close(self) -> None:
        self.say_goodbye()
        self.sock.close()
        self.stream.close()
