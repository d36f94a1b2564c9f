"""The supervisor: PID 1 of a sandbox. It answers the host's requests one at a time over its
stdin/stdout: write a file, read one back, run a command under limits, pack or unpack compiled
artifacts.

What it never does: hold a hidden answer. The host sends inputs and reads outputs back, and
compares them itself, so nothing the solution can reach (its files, this process's memory)
contains an expected answer.

Who can touch it: with a run uid (the supervisor runs as root, as in both backends whenever the
judge is root), commands run as that unprivileged uid, which cannot signal, trace or read the
supervisor or the launcher. As PID 1 of its PID namespace it also ignores every signal sent from
inside the namespace that it has no handler for, so it installs none.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import stat
import sys
import time

from . import cleanup
from .accounting import runs_for
from .command import Launcher, Stream, run_command
from .framing import ChannelReader, read_message, write_message

# The writable places besides the work dir, emptied between submissions where they exist.
SCRATCH = ("/tmp", "/dev/shm")

TYPE_CHECKING = False  # typing costs milliseconds at every sandbox start: annotations only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, BinaryIO

    Reply = tuple[dict[str, Any], list[bytes]]


def make_undumpable() -> None:
    """PR_SET_DUMPABLE 0: a process of our uid cannot open our /proc/PID/fd or memory, so it cannot
    write into the channel to the host and forge a reply."""
    pr_set_dumpable = 4
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


def default_signals() -> None:
    """No handler for any signal: PID 1 then never receives one from inside its namespace. (Python
    installs a SIGINT handler of its own, which made kill(1, SIGINT) end the sandbox.)"""
    for number in signal.valid_signals():
        if number in (signal.SIGKILL, signal.SIGSTOP):
            continue
        try:
            signal.signal(number, signal.SIG_DFL)
        except (OSError, ValueError):
            pass


def split_path(path: str) -> list[str]:
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if path.startswith("/") or not parts or ".." in parts:
        raise ValueError(f"path escapes the work dir: {path}")
    return parts


class Supervisor:
    def __init__(self, workdir: str, run_uid: int | None, launcher: str, cgroup: str | None) -> None:
        self.workdir = workdir
        # When we are root (both backends whenever the judge is), commands run as an unprivileged
        # uid of their own; an unprivileged sandbox runs them as ourselves.
        self.run_uid = run_uid if run_uid is not None and os.getuid() == 0 else None
        self.launcher = Launcher(launcher)
        # Processes never to count or kill in the approximate mode: ourselves and the launcher.
        self.exclude: set[int] = {1, os.getpid()}
        self.runs = runs_for(cgroup, self.run_uid if self.run_uid is not None else os.getuid(), self.exclude)
        # Work left for after a reply is sent (a command's cleanup); should it fail, the sandbox is
        # no longer trusted and every later request fails, so the host destroys it.
        self.after_reply: list[Callable[[], None]] = []
        self.failure: str | None = None
        # Every submission that shares this sandbox runs as a uid never used before in it.
        self.used_uids: set[int] = {self.run_uid} if self.run_uid is not None else set()
        self.channel_in: BinaryIO | ChannelReader | None = None
        self.channel_out: BinaryIO | None = None

    # --- files: every path is resolved one component at a time, never through a symlink --------

    def open_dir(self, parts: list[str], create: bool) -> int:
        fd = os.open(self.workdir, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for part in parts:
                if create:
                    try:
                        os.mkdir(part, 0o755, dir_fd=fd)
                    except FileExistsError:
                        pass
                child = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                os.close(fd)
                fd = child
        except BaseException:
            os.close(fd)
            raise
        return fd

    def op_write(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        *parents, name = split_path(header["path"])
        directory = self.open_dir(parents, create=True)
        try:
            # Replace rather than truncate: the old file may belong to the run uid, which a
            # capability-less root cannot open for writing (but, owning the sticky dir, can unlink).
            # No process of a command runs between commands, so nothing can race us here.
            try:
                os.unlink(name, dir_fd=directory)
            except FileNotFoundError:
                pass
            mode = header.get("mode", 0o644)
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode, dir_fd=directory)
            with os.fdopen(fd, "wb") as f:
                f.write(payloads[0] if payloads else b"")
                os.fchmod(f.fileno(), mode)
        finally:
            os.close(directory)
        return {"ok": True}, []

    def op_read(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        limit = header.get("max", 256 * 1024 * 1024)
        try:
            *parents, name = split_path(header["path"])
            directory = self.open_dir(parents, create=False)
            try:
                fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=directory)
            finally:
                os.close(directory)
        except OSError as e:
            return {"ok": False, "error": f"{header['path']}: {e.strerror}"}, []
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return {"ok": False, "error": f"{header['path']}: not a regular file"}, []
            data = f.read(limit + 1)
        if len(data) > limit:
            return {"ok": False, "error": f"{header['path']}: too large"}, []
        return {"ok": True}, [data]

    def op_archive(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        """A tar of the work dir's regular files matching the given glob patterns (compiled
        artifacts, cached by the host and given to later sessions with `extract`)."""
        # Imported when needed (sys.path holds only read-only folders): most sandboxes never pack.
        import fnmatch
        import io
        import tarfile

        buffer = io.BytesIO()
        names = []
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            for name in sorted(os.listdir(self.workdir)):
                full = os.path.join(self.workdir, name)
                if not any(fnmatch.fnmatch(name, pattern) for pattern in header["patterns"]):
                    continue
                if not stat.S_ISREG(os.lstat(full).st_mode):
                    continue
                tar.add(full, arcname=name, recursive=False)
                names.append(name)
        data = buffer.getvalue()
        if len(data) > header.get("max", 64 * 1024 * 1024):
            return {"ok": False, "error": "artifacts too large"}, []
        return {"ok": True, "names": names}, [data]

    def op_extract(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        """Unpack an `archive` tar into the work dir: flat regular files only, nothing else."""
        import io
        import tarfile

        with tarfile.open(fileobj=io.BytesIO(payloads[0]), mode="r") as tar:
            for member in tar.getmembers():
                if not member.isreg() or "/" in member.name or member.name in (".", ".."):
                    raise ValueError(f"refusing archive member {member.name!r}")
                source = tar.extractfile(member)
                assert source is not None
                self.op_write({"path": member.name, "mode": member.mode & 0o755}, [source.read()])
        return {"ok": True}, []

    # --- commands ---------------------------------------------------------------------------------

    def op_exec(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        cwd = self.workdir
        if header.get("cwd", ".") not in (".", ""):
            cwd = os.path.join(self.workdir, *split_path(header["cwd"]))
        self.launcher.ensure()
        self.exclude.clear()
        self.exclude.update({1, os.getpid(), self.launcher.pid})
        stdin = payloads[0] if payloads else b""
        stream = None
        if header.get("stream"):
            if not isinstance(self.channel_in, ChannelReader) or self.channel_out is None:
                raise RuntimeError("this channel cannot stream a command")
            stream = Stream(self.channel_in, self.channel_out)
        return run_command(self.launcher, self.runs, header, stdin, cwd, self.run_uid, self.after_reply.append, stream)

    def op_reset(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        """Make the sandbox fit for another submission: nothing the last one started, wrote or
        made survives, and the next runs as a new uid in a fresh run cgroup. Every step is checked;
        any that fails leaves the sandbox marked failed (the host then retires it)."""
        try:
            return self.reset(header)
        except Exception as e:
            self.failure = self.failure or f"reset failed: {type(e).__name__}: {e}"
            raise

    def reset(self, header: dict[str, Any]) -> Reply:
        started = time.monotonic()
        uid = header.get("run_uid")
        if self.run_uid is not None:
            if not isinstance(uid, int) or uid <= 0 or uid in self.used_uids:
                raise ValueError(f"run uid {uid!r} is not a new unprivileged uid")
        steps: dict[str, float] = {}
        mark = started

        def step(name: str) -> None:
            nonlocal mark
            now = time.monotonic()
            steps[name] = round((now - mark) * 1000, 2)
            mark = now

        self.launcher.stop()
        killed = cleanup.kill_all_but_me()
        step("kill")
        removed = cleanup.remove_ipc() + cleanup.remove_mqueues()
        step("ipc")
        files = 0
        for path in (self.workdir, *SCRATCH):
            if path == self.workdir or os.path.isdir(path):
                files += cleanup.empty_directory(path)
        step("files")
        cleanup.no_sockets_left()
        step("sockets")
        if self.run_uid is not None:
            self.run_uid = uid
            self.used_uids.add(uid)
            self.runs.retarget(uid)
        # A new launcher in a new run cgroup; the old cgroup goes (its processes are all dead).
        self.launcher.start()
        self.exclude.clear()
        self.exclude.update({1, os.getpid(), self.launcher.pid})
        step("launcher")
        self.runs.prepare_next(self.launcher.pid)
        step("cgroup")
        return {"ok": True, "killed": killed, "ipc": removed, "files": files, "steps": steps}, []

    def op_hello(self, header: dict[str, Any], payloads: list[bytes]) -> Reply:
        # The host speaks first: over `docker attach` anything we said before it attached is lost.
        return {"ok": True, "ready": True, "pid": os.getpid(), "accounting": self.runs.kind}, []

    # --- the loop ---------------------------------------------------------------------------------

    def serve(self, stdin: BinaryIO | ChannelReader, stdout: BinaryIO, idle_exit: float | None = None) -> None:
        """Answer requests until `exit` or end of input. With `idle_exit`, give up when no host
        has spoken for that long (a warm container whose judge died must not wait forever: a
        `docker attach` that goes away does not close our stdin)."""
        self.launcher.start()  # warm before the first request, and in the first run cgroup
        self.runs.prepare_next(self.launcher.pid)
        try:
            self.answer(stdin, stdout, idle_exit)
        finally:
            self.launcher.stop()

    def answer(self, stdin: BinaryIO | ChannelReader, stdout: BinaryIO, idle_exit: float | None = None) -> None:
        self.channel_in, self.channel_out = stdin, stdout
        ops = {
            "hello": self.op_hello,
            "write": self.op_write,
            "read": self.op_read,
            "exec": self.op_exec,
            "archive": self.op_archive,
            "extract": self.op_extract,
            "reset": self.op_reset,
        }
        while True:
            # The host sends one request and waits for its reply, so between requests nothing is
            # buffered: waiting on the descriptor sees the next one arrive.
            pending = isinstance(stdin, ChannelReader) and stdin.pending()
            if idle_exit is not None and not pending:
                ready, _, _ = select.select([stdin], [], [], idle_exit)
                if not ready:
                    return
            try:
                header, payloads = read_message(stdin)  # type: ignore[arg-type]
            except EOFError:
                return
            op = header.get("op")
            if op == "exit":
                return
            try:
                if self.failure:
                    raise RuntimeError(f"the sandbox is unusable: {self.failure}")
                reply, out = ops[op](header, payloads)
            except Exception as e:  # noqa: BLE001 - reported to the host as an infrastructure error
                reply, out = {"ok": False, "error": f"{type(e).__name__}: {e}"}, []
            write_message(stdout, reply, *out)
            if op == "exec" and header.get("stream"):
                self.until_stream_end(stdin)
            self.finish_after_reply()

    def until_stream_end(self, stdin: BinaryIO | ChannelReader) -> None:
        """After a streaming command's reply, the host may still have sent it data (its peer kept
        talking): skip it, up to the host's `end`, which it sends once it has both replies."""
        while True:
            header, _ = read_message(stdin)  # type: ignore[arg-type]
            if header.get("op") == "end":
                return

    def finish_after_reply(self) -> None:
        work, self.after_reply = self.after_reply, []
        for step in work:
            try:
                step()
            except Exception as e:  # noqa: BLE001 - reported with the next request
                self.failure = self.failure or f"cleanup failed: {type(e).__name__}: {e}"


USAGE = """usage: inside --workdir DIR --launcher PATH [--run-uid UID] [--cgroup v1:DIR|v2:DIR] [--idle-exit S]
  --workdir    the sandbox's work dir
  --launcher   path of the compiled launcher.c
  --run-uid    the unprivileged uid commands run as (when the supervisor is root)
  --cgroup     the slot for run cgroups (none: approximate accounting from /proc)
  --idle-exit  exit if no request comes for this many seconds"""


def parse_options(argv: list[str]) -> dict[str, str]:
    """--name value pairs (argparse alone costs 10 ms at every sandbox start)."""
    known = {"--workdir", "--launcher", "--run-uid", "--cgroup", "--idle-exit"}
    if len(argv) % 2 or any(name not in known for name in argv[::2]):
        sys.exit(USAGE)
    options = dict(zip(argv[::2], argv[1::2], strict=True))
    if "--workdir" not in options or "--launcher" not in options:
        sys.exit(USAGE)
    return options


def main(argv: list[str]) -> None:
    options = parse_options(argv)
    make_undumpable()
    default_signals()
    # Our own protocol channel is the only thing on fds 0/1; no command inherits them.
    channel_in = ChannelReader(os.dup(0))
    channel_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    run_uid = options.get("--run-uid")
    idle_exit = options.get("--idle-exit")
    supervisor = Supervisor(
        options["--workdir"], int(run_uid) if run_uid else None, options["--launcher"], options.get("--cgroup")
    )
    supervisor.serve(channel_in, channel_out, float(idle_exit) if idle_exit else None)


if __name__ == "__main__":
    main(sys.argv[1:])
