"""Joining two sandboxes' programs by their standard streams (an interactive test): each
supervisor streams its command's stdout to the host, which hands it to the other supervisor as
stdin. Nothing else passes between the two sandboxes, and neither can reach the other.

Four threads, so that no wait can close a cycle: a reader per sandbox that only ever reads (it
queues what it forwards), and a writer per sandbox that only ever writes. A supervisor blocked on
writing to the host is therefore always drained, and goes back to reading its channel. Memory is
bounded by the supervisors' flow control (command.STREAM_WINDOW): a program's stdout is forwarded
only while the peer has taken most of what it was sent into its stdin pipe.

Each stream ends with the host's `end`, after both replies are in: whatever a reader had queued
for a program that already ended is then skipped by its supervisor."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from judge.sandbox.base import ExecResult, SandboxError, Transcript
from judge.sandbox.channel import EXEC_MARGIN_SECONDS, SupervisorSession, exec_result
from judge.sandbox.inside import framing

Message = tuple[dict[str, Any], bytes | None]


class Writer(threading.Thread):
    """Sends queued messages to one supervisor, in order, until the `None` that ends it."""

    def __init__(self, session: SupervisorSession) -> None:
        super().__init__(daemon=True, name="relay-writer")
        self.session = session
        self.queue: queue.SimpleQueue[Message | None] = queue.SimpleQueue()
        self.error: BaseException | None = None

    def send(self, header: dict[str, Any], payload: bytes | None = None) -> None:
        self.queue.put((header, payload))

    def close(self) -> None:
        self.queue.put(None)

    def run(self) -> None:
        while (message := self.queue.get()) is not None:
            if self.error is not None:
                continue  # the channel broke: drain the queue, the relay reports it
            header, payload = message
            try:
                framing.write_message(self.session.to_supervisor, header, *([payload] if payload is not None else []))
            except (OSError, TimeoutError) as e:
                self.error = e


class Reader(threading.Thread):
    """Reads one supervisor's messages for a streaming command up to its reply, forwarding its
    program's stdout (and its acknowledgements) to the peer's writer."""

    def __init__(
        self, session: SupervisorSession, peer: Writer, deadline: float, name: str, transcript: Transcript | None
    ) -> None:
        super().__init__(daemon=True, name=f"relay-reader-{name}")
        self.name = name
        self.transcript = transcript
        self.session = session
        self.peer = peer
        self.deadline = deadline
        self.reply: tuple[dict[str, Any], list[bytes]] | None = None
        self.error: BaseException | None = None
        self.ended_at = 0.0
        self.peer_done = threading.Event()  # set by the other reader: stop forwarding
        self.on_end: Callable[[dict[str, Any], list[bytes]], None] = lambda header, data: None

    def run(self) -> None:
        reader = self.session.from_supervisor
        reader.deadline = self.deadline
        try:
            while True:
                header, data = framing.read_message(reader)  # type: ignore[arg-type]
                if header.get("out"):
                    chunk = data[0] if data else b""
                    if self.transcript is not None:
                        self.transcript.add(self.name, chunk)
                    if not self.peer_done.is_set():
                        self.peer.send({"op": "in"}, chunk)
                elif "ack" in header:
                    if not self.peer_done.is_set():
                        self.peer.send({"op": "ack", "bytes": int(header["ack"])})
                else:
                    self.ended_at = time.monotonic()
                    self.reply = (header, data)
                    self.on_end(header, data)
                    return
        except (OSError, EOFError, ValueError, TimeoutError) as e:
            self.error = e
        finally:
            reader.deadline = None


def relay(
    first: tuple[SupervisorSession, dict[str, Any]],
    second: tuple[SupervisorSession, dict[str, Any]],
    stop_first: Callable[[ExecResult], bool],
    transcript: Transcript | None = None,
) -> tuple[ExecResult, ExecResult, bool]:
    """Run both streaming commands to their end. Returns both results and whether the second
    ended first. A broken or silent channel marks both sessions broken (SandboxError)."""
    (a, a_header), (b, b_header) = first, second
    # Always locked in one order: two relays over the same two sessions cannot deadlock.
    locks = sorted((a.lock, b.lock), key=id)
    with locks[0], locks[1]:
        if a.broken or b.broken:
            raise SandboxError("the sandbox is broken")
        started = time.monotonic()
        to_a, to_b = Writer(a), Writer(b)
        a_deadline = started + a_header["limits"]["wall_ms"] / 1000 + EXEC_MARGIN_SECONDS
        b_deadline = started + b_header["limits"]["wall_ms"] / 1000 + EXEC_MARGIN_SECONDS
        from_a = Reader(a, to_b, a_deadline, "first", transcript)
        from_b = Reader(b, to_a, b_deadline, "second", transcript)

        def first_ended(header: dict[str, Any], data: list[bytes]) -> None:
            from_b.peer_done.set()
            to_b.send({"op": "in", "eof": True})
            to_b.send({"op": "drop"})

        def second_ended(header: dict[str, Any], data: list[bytes]) -> None:
            from_a.peer_done.set()
            try:
                stop = header.get("ok") is not False and stop_first(exec_result(header, data))
            except SandboxError:
                stop = False
            if stop:
                to_a.send({"op": "kill"})
            else:
                to_a.send({"op": "in", "eof": True})
                to_a.send({"op": "drop"})

        from_a.on_end, from_b.on_end = first_ended, second_ended
        to_a.send(a_header)
        to_b.send(b_header)
        threads = (to_a, to_b, from_a, from_b)
        for thread in threads:
            thread.start()
        from_a.join()
        from_b.join()
        for writer in (to_a, to_b):
            writer.send({"op": "end"})
            writer.close()
        to_a.join()
        to_b.join()
        problems = [
            f"{name}: {error}"
            for name, error in (
                ("solution channel", from_a.error or to_a.error),
                ("peer channel", from_b.error or to_b.error),
            )
            if error is not None
        ]
        if problems:
            a.broken = b.broken = True
            raise SandboxError("connected run failed: " + "; ".join(problems))
    assert from_a.reply is not None and from_b.reply is not None
    for header, _ in (from_a.reply, from_b.reply):
        if header.get("ok") is False:
            raise SandboxError(str(header.get("error")))
    return (
        exec_result(*from_a.reply),
        exec_result(*from_b.reply),
        from_b.ended_at < from_a.ended_at,
    )
