"""Running one command under its limits: start it through the launcher in a run cgroup of its own,
feed its stdin, collect its output, enforce CPU, memory, output and wall limits, and always end it
by an absolute deadline, whatever it does (stop itself, stop its parent, sleep, fork, flood)."""

from __future__ import annotations

import errno
import fcntl
import os
import select
import signal
import socket
import time

from .accounting import RunGroup, Runs, reap_zombies
from .cleanup import remove_ipc
from .framing import write_message

TYPE_CHECKING = False  # typing costs milliseconds at every sandbox start: annotations only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, BinaryIO

    from .framing import ChannelReader

POLL_SECONDS = 0.01
# How much of stderr we keep; the rest is drained and counted, never stored.
STDERR_KEEP = 64 * 1024
# After the kill at a limit, the launcher reports the end within milliseconds. Should it not (a
# launcher the program managed to stop, possible only without a separate uid), it is replaced.
LAUNCHER_GRACE_SECONDS = 2.0
PIPE_SIZE = 1 << 20
DEFAULT_PIPE_SIZE = 1 << 16
# Without a cgroup, file pages in tmpfs and memfd are counted nowhere: files are capped instead.
APPROXIMATE_FSIZE_BYTES = 64 * 1024 * 1024
F_SETPIPE_SZ = 1031
# A streaming command's stdout that the host has forwarded but the peer has not yet taken into
# its stdin pipe: past this much, its stdout is not read, so a program that floods a peer which
# does not read blocks on a full pipe, as it would when connected to the peer directly.
STREAM_WINDOW = 256 * 1024
# What the peer's supervisor has taken into its program's stdin is acknowledged in batches of at
# least this much: an acknowledgement per small write would double the messages of a chatty
# conversation. Far below the window, so a sender blocked on it is always released in time.
STREAM_ACK_BATCH = 32 * 1024


class Stream:
    """A command's stdin and stdout carried over the channel while it runs (an interactive run:
    the host joins two sandboxes' streams). From the host: `in` (data, or `eof`), `ack` (the peer
    took that many of our bytes), `drop` (the peer is gone: our stdout's reader closes, so the
    program's next write fails as on a widowed pipe), `kill`. To the host: `out` (data) and `ack`."""

    def __init__(self, reader: ChannelReader, writer: BinaryIO) -> None:
        self.reader = reader
        self.writer = writer
        self.unacked = 0
        self.sent = 0
        self.taken = 0  # stdin bytes written into the program's pipe, not yet acknowledged

    def send_out(self, chunk: bytes) -> None:
        write_message(self.writer, {"out": True}, chunk)
        self.unacked += len(chunk)
        self.sent += len(chunk)

    def took(self, count: int) -> None:
        self.taken += count
        if self.taken >= STREAM_ACK_BATCH:
            write_message(self.writer, {"ack": self.taken})
            self.taken = 0

    def open(self) -> bool:
        """May more stdout be forwarded now (flow control)?"""
        return self.unacked < STREAM_WINDOW


class Launcher:
    """The fork server (launcher.c), one per sandbox: every command starts from its tiny process."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.socket: socket.socket | None = None
        self.pid = 0

    def start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.pid = os.posix_spawn(
                self.path, [self.path, "3"], {}, file_actions=[(os.POSIX_SPAWN_DUP2, theirs.fileno(), 3)]
            )
        finally:
            theirs.close()
        self.socket = ours

    def ensure(self) -> None:
        if self.socket is None:
            self.start()

    def stop(self) -> None:
        if self.socket is not None:
            self.socket.close()
            self.socket = None
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
            reap_zombies()

    def send(self, fields: list[str], fds: list[int]) -> None:
        assert self.socket is not None
        request = b"".join(field.encode() + b"\0" for field in fields)
        socket.send_fds(self.socket, [request], fds)

    def message(self, timeout: float) -> list[str] | None:
        """The launcher's next reply, split in words; None when it is gone or silent."""
        assert self.socket is not None
        self.socket.settimeout(timeout)
        try:
            data = self.socket.recv(4096)
        except (TimeoutError, OSError):
            return None
        return data.decode(errors="replace").split() or None


class Limits:
    def __init__(self, limits: dict[str, Any]) -> None:
        self.cpu_s = limits["cpu_ms"] / 1000
        self.wall_s = limits["wall_ms"] / 1000
        self.memory_kb: int = limits["memory_kb"]
        self.output_bytes: int = limits["output_bytes"]
        self.nproc: int = limits.get("nproc") or 64


def launcher_fields(
    header: dict[str, Any], cwd: str, run_uid: int | None, run: RunGroup, env: dict[str, str]
) -> list[str]:
    limits = header["limits"]

    def number(value: int | None) -> str:
        return "-" if value is None else str(value)

    fsize = limits.get("fsize_bytes")
    if fsize is None and not run.counted:
        fsize = APPROXIMATE_FSIZE_BYTES
    stack = limits.get("stack_kb")
    address_space = limits.get("address_space_kb")
    argv = [str(arg) for arg in header["argv"]]
    return [
        cwd,
        str(limits["cpu_ms"] // 1000 + 2),  # RLIMIT_CPU is a backstop; the cgroup is precise
        number(fsize),
        number(stack * 1024 if stack else None),
        number(address_space * 1024 if address_space else None),
        number(limits.get("nproc")),
        number(run_uid),
        str(len(argv)),
        *argv,
        str(len(env)),
        *(f"{key}={value}" for key, value in env.items()),
    ]


def run_command(
    launcher: Launcher,
    runs: Runs,
    header: dict[str, Any],
    stdin: bytes,
    cwd: str,
    run_uid: int | None,
    after_reply: Callable[[Callable[[], None]], None],
    stream: Stream | None = None,
) -> tuple[dict[str, Any], list[bytes]]:
    """Run one command; its processes are all dead when this returns. What else it left (SysV IPC
    objects, its cgroup) is removed by `after_reply`, while the host reads the reply, before the
    supervisor reads the next request."""
    limits = Limits(header["limits"])
    env = header.get("env") or {"PATH": "/usr/local/bin:/usr/bin:/bin"}
    launcher.ensure()
    run = runs.create(limits.memory_kb, limits.nproc, launcher.pid)

    def finish() -> None:
        remove_ipc()  # first: a shared memory segment keeps its pages charged to the cgroup
        runs.prepare_next(launcher.pid if launcher.socket is not None else 0)

    after_reply(finish)
    try:
        return Command(launcher, run, limits, stdin, stream).run(launcher_fields(header, cwd, run_uid, run, env))
    except BaseException:
        launcher.stop()  # a new one serves the next command
        run.kill_all()
        reap_zombies()
        raise


class Command:
    def __init__(
        self, launcher: Launcher, run: RunGroup, limits: Limits, stdin: bytes, stream: Stream | None = None
    ) -> None:
        self.launcher = launcher
        self.run_group = run
        self.limits = limits
        self.stdin = memoryview(stdin)
        self.stream = stream
        self.stdin_eof = stream is None  # a streamed stdin ends when the host says so
        self.stdout_dropped = False
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.stderr_total = 0
        self.killed_for: str | None = None
        self.peak_sample_kb = 0

    def kill(self, reason: str) -> None:
        if self.killed_for is None:
            self.killed_for = reason
        self.run_group.kill_all()

    def run(self, fields: list[str]) -> tuple[dict[str, Any], list[bytes]]:
        # stdin is a pipe, not a file: nothing can seek back to what was read before it (a
        # harness's secret line), and a large input streams while the program runs.
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        if len(self.stdin) > DEFAULT_PIPE_SIZE:
            # A larger pipe for a large input: fewer wakeups. Not for every test: resizing a pipe
            # costs a small one a quarter of a millisecond.
            try:
                fcntl.fcntl(in_w, F_SETPIPE_SZ, PIPE_SIZE)
            except OSError:
                pass
        os.set_blocking(in_w, False)
        start = time.monotonic()
        try:
            self.launcher.send(fields, [in_r, out_w, err_w])
        except OSError as e:
            for fd in (in_w, out_r, err_r):
                os.close(fd)
            self.launcher.stop()
            raise RuntimeError(f"launcher unreachable: {e}") from e
        finally:
            for fd in (in_r, out_w, err_w):
                os.close(fd)
        started = self.launcher.message(timeout=10)
        if not started or started[0] != "pid":
            for fd in (in_w, out_r, err_r):
                os.close(fd)
            self.launcher.stop()
            raise RuntimeError(f"launcher did not start the command: {' '.join(started or ['(silent)'])}")
        done = self.supervise(start, in_w, out_r, err_r)
        return self.result(done, time.monotonic() - start)

    def supervise(self, start: float, in_w: int, out_r: int, err_r: int) -> list[str]:
        """Until the launcher reports the end. Every wait is bounded: at the wall limit the whole
        run is killed, and a launcher silent after that is replaced."""
        assert self.launcher.socket is not None
        done_fd = self.launcher.socket.fileno()
        readers = {out_r, err_r}
        self.writer: int | None = in_w
        if not self.stdin and self.stdin_eof:
            os.close(in_w)
            self.writer = None
        channel = self.stream.reader.fileno() if self.stream is not None else None
        wall_deadline = start + self.limits.wall_s
        killed_at: float | None = None
        next_poll = start + POLL_SECONDS
        done: list[str] | None = None
        try:
            while done is None:
                if self.stream is not None:
                    self.take_stream_messages(out_r, readers)
                now = time.monotonic()
                deadline = wall_deadline if killed_at is None else killed_at + LAUNCHER_GRACE_SECONDS
                timeout = max(0.0, min(next_poll, deadline) - now)
                watched = [fd for fd in readers if fd != out_r or self.stream is None or self.stream.open()]
                if channel is not None:
                    watched.append(channel)
                wants_write = self.writer is not None and bool(self.stdin)
                readable, writable, _ = select.select(
                    [*watched, done_fd], [self.writer] if wants_write else [], [], timeout
                )
                if done_fd in readable:
                    done = self.launcher.message(timeout=1) or ["gone"]
                for fd in readable:
                    if fd == channel and self.stream is not None:
                        self.stream.reader.fill()
                    elif fd != done_fd:
                        self.take_output(fd, out_r, readers)
                if self.writer is not None and writable:
                    self.writer = self.feed(self.writer)
                if done is not None:
                    break
                now = time.monotonic()
                if now >= next_poll:
                    next_poll = now + POLL_SECONDS
                    self.check_limits()
                if killed_at is None and now >= wall_deadline:
                    self.kill("WALL")
                if self.killed_for is not None and killed_at is None:
                    killed_at = now
                if killed_at is not None and now - killed_at > LAUNCHER_GRACE_SECONDS:
                    # Everything in the run is dead, yet the launcher says nothing: it is stopped
                    # or gone. A new one serves the next command.
                    self.launcher.stop()
                    done = ["gone"]
        finally:
            if self.writer is not None:
                os.close(self.writer)
                self.writer = None
        # The command is over; whatever it left behind (daemons, grandchildren) goes too, and the
        # pipes are drained so the next command starts clean.
        self.run_group.kill_all()
        reap_zombies()
        for fd in list(readers):
            while fd in readers and len(self.stdout) <= self.limits.output_bytes:
                r, _, _ = select.select([fd], [], [], 0)
                if not r:
                    break
                self.take_output(fd, out_r, readers)
        for fd in readers:
            os.close(fd)
        return done

    def take_stream_messages(self, out_r: int, readers: set[int]) -> None:
        """The host's messages for a streaming command, as many as have arrived whole."""
        assert self.stream is not None
        while (message := self.stream.reader.buffered_message()) is not None:
            header, payloads = message
            op = header.get("op")
            if op == "in" and not self.stdin_eof:
                if payloads and payloads[0]:
                    self.stdin = memoryview(bytes(self.stdin) + payloads[0])
                if header.get("eof"):
                    self.stdin_eof = True
                    if not self.stdin and self.writer is not None:
                        os.close(self.writer)
                        self.writer = None
            elif op == "ack":
                self.stream.unacked -= int(header.get("bytes", 0))
            elif op == "drop" and out_r in readers:
                readers.discard(out_r)
                os.close(out_r)
                self.stdout_dropped = True
            elif op == "kill":
                self.kill("HOST")

    def feed(self, fd: int) -> int | None:
        try:
            written = os.write(fd, self.stdin[: 1 << 16])
        except BlockingIOError:
            return fd
        except BrokenPipeError:  # the program stopped reading: the rest is not wanted
            written = len(self.stdin)
        except OSError as e:
            if e.errno != errno.EPIPE:
                raise
            written = len(self.stdin)
        self.stdin = self.stdin[written:]
        if self.stream is not None:
            self.stream.took(written)
        if self.stdin or not self.stdin_eof:
            return fd
        os.close(fd)
        return None

    def take_output(self, fd: int, out_r: int, readers: set[int]) -> None:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            readers.discard(fd)
            os.close(fd)
            return
        if fd == out_r and self.stream is not None:
            self.stream.send_out(chunk)
            if self.stream.sent > self.limits.output_bytes:
                self.kill("OLE")
        elif fd == out_r:
            self.stdout += chunk
            if len(self.stdout) > self.limits.output_bytes:
                self.kill("OLE")
        else:
            self.stderr_total += len(chunk)
            if len(self.stderr) < STDERR_KEEP:
                self.stderr += chunk[: STDERR_KEEP - len(self.stderr)]

    def check_limits(self) -> None:
        if self.killed_for is not None:
            return
        sample = self.run_group.memory_sample_kb()
        if sample is not None:
            self.peak_sample_kb = max(self.peak_sample_kb, sample)
            if sample > self.limits.memory_kb:
                self.kill("MLE")
                return
        if self.run_group.cpu_seconds() > self.limits.cpu_s:
            self.kill("TLE")

    def result(self, done: list[str], wall: float) -> tuple[dict[str, Any], list[bytes]]:
        usage = self.run_group.usage()
        cpu_time = usage.cpu_seconds
        memory_kb = max(usage.peak_kb, self.peak_sample_kb)
        if done[0] == "done" and len(done) >= 5:
            status = int(done[1])
            # wait4's numbers for the program's own process are a lower bound worth keeping: the
            # cgroup charges memory in batches (a tiny program may show 0 KB), and without a
            # cgroup they are the only exact numbers.
            cpu_time = max(cpu_time, (int(done[2]) + int(done[3])) / 1e6)
            memory_kb = max(memory_kb, int(done[4]))
        else:
            # Only a process sharing the launcher's uid (an unprivileged sandbox) can kill or stop
            # it: the program did, and that is its runtime error, unless a limit came first.
            self.stderr += b"\njudge: the program stopped or killed the judge's launcher\n"
            status = 9 if self.killed_for else 1 << 8
        exit_code = os.waitstatus_to_exitcode(status)
        signal_number = -exit_code if exit_code < 0 else None
        failed = exit_code != 0
        output_limit = self.limits.output_bytes

        sent = self.stream.sent if self.stream is not None else len(self.stdout)
        if self.killed_for == "OLE" or sent > output_limit or signal_number == signal.SIGXFSZ:
            verdict = "OLE"
        elif (
            self.killed_for == "MLE"
            or usage.oom_killed
            # A program that failed with its memory at the limit (an allocation refused, a tmpfs
            # write that found no memory) ran out of memory.
            or (failed and memory_kb >= self.limits.memory_kb - 1024)
        ):
            verdict = "MLE"
        elif self.killed_for in ("TLE", "WALL") or cpu_time > self.limits.cpu_s or signal_number == signal.SIGXCPU:
            verdict = "TLE"
        elif failed:
            verdict = "RE"
        else:
            verdict = "OK"

        reply = {
            "status": verdict,
            "exit_code": exit_code if exit_code >= 0 else None,
            "signal": signal_number,
            "time_ms": round(cpu_time * 1000),
            "wall_ms": round(wall * 1000),
            "memory_kb": memory_kb,
            "wall_exceeded": self.killed_for == "WALL",
            "stdout_truncated": sent > output_limit,
            "killed_by_host": self.killed_for == "HOST",
            "stderr_truncated": self.stderr_total > len(self.stderr),
        }
        return reply, [bytes(self.stdout[: output_limit + 1]), bytes(self.stderr)]
