"""The host's side of the supervisor protocol, shared by every backend that runs the supervisor
(bubblewrap's pipes, a container's attached stream).

Every read has a deadline. A command's reply is due by its wall limit plus a margin (the
supervisor kills the command at the wall limit by itself); any other reply within seconds. A
sandbox silent past its deadline is broken: the session is marked so, the backend destroys it
instead of reusing it, and the caller retries the submission on a fresh sandbox (then IE)."""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

from judge.sandbox.base import Connected, ExecResult, Limits, RunStatus, SandboxError, SandboxSession, Transcript
from judge.sandbox.inside import framing

# What a command may take beyond its wall limit before its sandbox counts as stuck: the kill, the
# cleanup of its cgroup and IPC objects, and the reply's trip.
EXEC_MARGIN_SECONDS = 10.0
# Writing or reading a file, packing artifacts (up to a few hundred MB through a pipe).
FILE_SECONDS = 60.0
HELLO_SECONDS = 10.0


class DeadlineReader:
    """Buffered reads that raise TimeoutError once `deadline` (time.monotonic()) has passed."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.deadline: float | None = None

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the sandbox did not answer in time")
        return left

    def fill(self) -> None:
        raise NotImplementedError

    def readline(self) -> bytes:
        while (end := self.buffer.find(b"\n")) < 0:
            self.fill()
        line = bytes(self.buffer[: end + 1])
        del self.buffer[: end + 1]
        return line

    def read(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self.fill()
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data


class PipeReader(DeadlineReader):
    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def fill(self) -> None:
        ready, _, _ = select.select([self.fd], [], [], self.remaining())
        if not ready:
            raise TimeoutError("the sandbox did not answer in time")
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            raise EOFError("the sandbox closed its channel")
        self.buffer += chunk


class PipeWriter:
    """Writes to a pipe that give up after FILE_SECONDS without progress (a stuck sandbox)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        os.set_blocking(fd, False)

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            _, ready, _ = select.select([], [self.fd], [], FILE_SECONDS)
            if not ready:
                raise TimeoutError("the sandbox stopped reading its channel")
            try:
                view = view[os.write(self.fd, view[: 1 << 20]) :]
            except BlockingIOError:
                continue
        return len(data)

    def flush(self) -> None:
        pass


class SupervisorSession(SandboxSession):
    """A session backed by a supervisor reached through a pair of byte streams."""

    def __init__(self, to_supervisor: BinaryIO, from_supervisor: DeadlineReader) -> None:
        self.to_supervisor = to_supervisor
        self.from_supervisor = from_supervisor
        self.lock = threading.Lock()
        self.broken = False  # the channel failed: destroy the sandbox, never reuse it
        self.accounting = ""

    def describe_failure(self) -> str:
        """Extra context for a broken channel (e.g. the sandbox's own stderr)."""
        return ""

    def request(
        self, header: dict[str, Any], *payloads: bytes, timeout: float = FILE_SECONDS
    ) -> tuple[dict[str, Any], list[bytes]]:
        with self.lock:
            if self.broken:
                raise SandboxError("the sandbox is broken")
            try:
                framing.write_message(self.to_supervisor, header, *payloads)
                self.from_supervisor.deadline = time.monotonic() + timeout
                reply, data = framing.read_message(self.from_supervisor)  # type: ignore[arg-type]
            except TimeoutError as e:
                self.broken = True
                raise SandboxError(f"the sandbox did not answer {header.get('op')} within {timeout:.1f} s") from e
            except (OSError, EOFError, ValueError) as e:
                self.broken = True
                raise SandboxError(f"supervisor channel broke: {e} {self.describe_failure()}".strip()) from e
            finally:
                self.from_supervisor.deadline = None
        if reply.get("ok") is False:
            raise SandboxError(str(reply.get("error")))
        return reply, data

    def hello(self) -> None:
        reply, _ = self.request({"op": "hello"}, timeout=HELLO_SECONDS)
        if not reply.get("ready"):
            raise SandboxError(f"unexpected greeting {reply!r}")
        self.accounting = str(reply.get("accounting", ""))

    def write_file(self, path: str, data: bytes, *, executable: bool = False, writable: bool = False) -> None:
        mode = (0o755 if executable else 0o644) | (0o222 if writable else 0)  # writable: by the run uid too
        self.request({"op": "write", "path": path, "mode": mode}, data)

    def read_file(self, path: str, *, max_bytes: int = 256 * 1024 * 1024) -> bytes:
        _, data = self.request({"op": "read", "path": path, "max": max_bytes})
        return data[0]

    def archive(self, patterns: Sequence[str]) -> bytes:
        _, data = self.request({"op": "archive", "patterns": list(patterns)})
        return data[0]

    def extract(self, archive: bytes) -> None:
        self.request({"op": "extract"}, archive)

    def execute(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
    ) -> ExecResult:
        wire = limits.to_wire()
        assert wire["wall_ms"] is not None
        reply, data = self.request(
            {"op": "exec", "argv": list(argv), "env": dict(env) if env else None, "limits": wire},
            stdin,
            timeout=wire["wall_ms"] / 1000 + EXEC_MARGIN_SECONDS,
        )
        return exec_result(reply, data)

    def execute_connected(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        env: Mapping[str, str] | None,
        peer: SandboxSession,
        peer_argv: Sequence[str],
        peer_limits: Limits,
        peer_env: Mapping[str, str] | None,
        stop_first: Callable[[ExecResult], bool] = lambda result: False,
        transcript: Transcript | None = None,
    ) -> Connected:
        from judge.sandbox.relay import relay  # the relay needs this module's sessions

        if not isinstance(peer, SupervisorSession):
            raise SandboxError("both programs of a connected run need supervisor sandboxes")
        first, second, second_first = relay(
            (self, stream_header(argv, limits, env)),
            (peer, stream_header(peer_argv, peer_limits, peer_env)),
            stop_first,
            transcript,
        )
        return Connected(first, second, second_first)

    def say_goodbye(self) -> None:
        if self.broken:
            return
        try:
            framing.write_message(self.to_supervisor, {"op": "exit"})
        except OSError:
            pass


def stream_header(argv: Sequence[str], limits: Limits, env: Mapping[str, str] | None) -> dict[str, Any]:
    wire = limits.to_wire()
    return {"op": "exec", "argv": list(argv), "env": dict(env) if env else None, "limits": wire, "stream": True}


def exec_result(reply: dict[str, Any], data: list[bytes]) -> ExecResult:
    """A command's result from the supervisor's reply (its stdout is empty for a streamed command)."""
    try:
        return ExecResult(
            status=RunStatus(reply["status"]),
            exit_code=reply["exit_code"],
            signal=reply["signal"],
            time_ms=int(reply["time_ms"]),
            wall_ms=int(reply["wall_ms"]),
            memory_kb=int(reply["memory_kb"]),
            stdout=data[0],
            stderr=data[1],
            wall_exceeded=bool(reply["wall_exceeded"]),
            stdout_truncated=bool(reply["stdout_truncated"]),
            stderr_truncated=bool(reply["stderr_truncated"]),
        )
    except (KeyError, ValueError, IndexError) as e:
        raise SandboxError(f"malformed supervisor reply {reply!r}") from e
