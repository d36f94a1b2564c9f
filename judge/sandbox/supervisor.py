"""The piece that runs *inside* a sandbox: writes files, runs one command at a time under limits,
measures it and reports back.

It is deliberately a single stdlib-only file: the `local` backend starts it inside bubblewrap with
the system's python3, and the Docker runner image starts the very same file inside a container.
The host talks to it over stdin/stdout with framed messages (see `read_message`/`write_message`):
a JSON header line, then `size` raw bytes when the header says so.

What it never does: hold a hidden answer. The host sends inputs and reads outputs back, and
compares them itself, so nothing the solution can reach (its files, this process's memory)
contains an expected answer.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import stat
import sys
import time
from typing import Any, BinaryIO

POLL_SECONDS = 0.01
# How much of stderr we keep; the rest is drained and counted, never stored.
STDERR_KEEP = 64 * 1024


# --- framing (the host imports these two functions too) -------------------------------------


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


# --- process tree inspection ----------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def sandbox_pids(uid: int, exclude: set[int]) -> list[int]:
    """Every live (non-zombie) process of the solution's uid in this PID namespace except ours."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        if pid in exclude:
            continue
        try:
            if os.stat(f"/proc/{pid}").st_uid != uid:
                continue
            with open(f"/proc/{pid}/stat", "rb") as f:
                if f.read().rsplit(b")", 1)[1].split()[0] == b"Z":
                    continue
        except (OSError, IndexError):
            continue
        pids.append(pid)
    return pids


def tree_usage(pids: list[int]) -> tuple[float, int]:
    """(cpu seconds, resident kB) summed over live processes."""
    cpu = 0.0
    rss_kb = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            # fields[0] is state (field 3); utime/stime are fields 14/15, rss is 24
            cpu += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
            rss_kb += int(fields[21]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
    return cpu, rss_kb


def kill_all(uid: int, exclude: set[int]) -> None:
    """Kill every process of the solution's uid, repeatedly, until none is left.

    A fork bomb can create processes while we kill, so loop until a sweep finds nothing.
    """
    for _ in range(200):
        pids = sandbox_pids(uid, exclude)
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.001)


def reap_zombies() -> None:
    """As PID 1 of the sandbox, orphans become our children: collect what is left of them."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def make_undumpable() -> None:
    """PR_SET_DUMPABLE 0: a solution running as our uid cannot open our /proc/PID/fd or memory,
    so it cannot write into the channel to the host and forge a reply."""
    import ctypes

    pr_set_dumpable = 4
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


# --- running one command --------------------------------------------------------------------


class Supervisor:
    def __init__(self, workdir: str, run_uid: int | None, sweep: bool, launcher: str) -> None:
        self.workdir = workdir
        # The launcher (a fork server) starts each command from a tiny process: honest memory.
        self.launcher = launcher
        # When we are root (Docker), solutions run as an unprivileged uid; under bubblewrap we
        # already are that unprivileged user and run solutions as ourselves.
        self.run_uid = run_uid if run_uid is not None else os.getuid()
        # `sweep` kills every process of run_uid after each command. Only safe inside a PID
        # namespace of our own, which the backend guarantees when it passes --sweep.
        self.sweep = sweep
        self.launcher_socket: socket.socket | None = None
        self.launcher_pid = 0
        self.exclude = {os.getpid(), 1}

    def resolve(self, path: str) -> str:
        root = os.path.normpath(self.workdir)
        full = os.path.normpath(os.path.join(root, path))
        if full != root and not full.startswith(root + "/"):
            raise ValueError(f"path escapes the work dir: {path}")
        return full

    def op_write(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        full = self.resolve(header["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        # Replace rather than truncate: the old file may belong to the solution's uid, which a
        # capability-less root cannot open for writing (but, owning the sticky dir, can unlink).
        # No solution process runs between commands, so nothing can race us here.
        try:
            os.unlink(full)
        except FileNotFoundError:
            pass
        mode = header.get("mode", 0o644)
        fd = os.open(full, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(payloads[0] if payloads else b"")
        os.chmod(full, mode)
        return {"ok": True}, []

    def op_read(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        full = self.resolve(header["path"])
        try:
            fd = os.open(full, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError as e:
            return {"ok": False, "error": f"{header['path']}: {e.strerror}"}, []
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return {"ok": False, "error": f"{header['path']}: not a regular file"}, []
            data = f.read(header.get("max", 256 * 1024 * 1024) + 1)
        if len(data) > header.get("max", 256 * 1024 * 1024):
            return {"ok": False, "error": f"{header['path']}: too large"}, []
        return {"ok": True}, [data]

    # --- the launcher: one fork server per session ------------------------------------------------

    def start_launcher(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.launcher_pid = os.posix_spawn(
                self.launcher,
                [self.launcher, "3"],
                {},
                file_actions=[(os.POSIX_SPAWN_DUP2, theirs.fileno(), 3)],
            )
        finally:
            theirs.close()
        self.launcher_socket = ours
        self.exclude = {os.getpid(), 1, self.launcher_pid}

    def stop_launcher(self) -> None:
        if self.launcher_socket is not None:
            self.launcher_socket.close()
            self.launcher_socket = None
            try:
                os.kill(self.launcher_pid, signal.SIGKILL)
            except OSError:
                pass
            reap_zombies()

    def launcher_message(self, timeout: float) -> list[str] | None:
        """The launcher's next reply, split in words; None when it is gone."""
        assert self.launcher_socket is not None
        self.launcher_socket.settimeout(timeout)
        try:
            data = self.launcher_socket.recv(4096)
        except (TimeoutError, OSError):
            return None
        return data.decode().split() or None

    def op_exec(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        limits = header["limits"]
        env = header.get("env") or {"PATH": "/usr/local/bin:/usr/bin:/bin"}
        cwd = self.resolve(header.get("cwd", "."))
        if self.launcher_socket is None:
            self.start_launcher()

        def number(value: int | None) -> str:
            return "-" if value is None else str(value)

        stack = limits.get("stack_kb")
        address_space = limits.get("address_space_kb")
        argv = [str(arg) for arg in header["argv"]]
        fields = [
            cwd,
            str(limits["cpu_ms"] // 1000 + 2),  # RLIMIT_CPU is a backstop; the poller is precise
            number(limits.get("fsize_bytes")),
            number(stack * 1024 if stack else None),
            number(address_space * 1024 if address_space else None),
            number(limits.get("nproc")),
            number(self.run_uid if os.getuid() == 0 and self.run_uid != 0 else None),
            str(len(argv)),
            *argv,
            str(len(env)),
            *(f"{key}={value}" for key, value in env.items()),
        ]
        request = b"".join(field.encode() + b"\0" for field in fields)

        stdin_fd = os.memfd_create("stdin")  # close-on-exec, like every fd Python opens
        os.write(stdin_fd, payloads[0] if payloads else b"")
        os.lseek(stdin_fd, 0, os.SEEK_SET)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        start = time.monotonic()
        assert self.launcher_socket is not None
        try:
            socket.send_fds(self.launcher_socket, [request], [stdin_fd, out_w, err_w])
        except OSError as e:
            self.stop_launcher()
            raise RuntimeError(f"launcher unreachable: {e}") from e
        finally:
            for fd in (stdin_fd, out_w, err_w):
                os.close(fd)
        started = self.launcher_message(timeout=10)
        if not started or started[0] != "pid":
            os.close(out_r)
            os.close(err_r)
            self.stop_launcher()
            raise RuntimeError(f"launcher did not start the command: {started}")
        return self.supervise(int(started[1]), start, limits, out_r, err_r)

    def supervise(
        self, pid: int, start: float, limits: dict[str, Any], out_r: int, err_r: int
    ) -> tuple[dict[str, Any], list[bytes]]:
        cpu_limit = limits["cpu_ms"] / 1000
        wall_limit = limits["wall_ms"] / 1000
        memory_limit_kb = limits["memory_kb"]
        output_limit = limits["output_bytes"]
        assert self.launcher_socket is not None
        done_fd = self.launcher_socket.fileno()

        stdout = bytearray()
        stderr = bytearray()
        stderr_total = 0
        open_fds = {out_r, err_r}
        killed_for: str | None = None
        peak_rss_kb = 0
        peak_cpu = 0.0
        done: list[str] | None = None

        def kill_tree() -> None:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            if self.sweep:
                kill_all(self.run_uid, self.exclude)

        def take_output(fd: int, chunk: bytes) -> None:
            nonlocal stderr_total, stdout, stderr
            if fd == out_r:
                stdout += chunk
            else:
                stderr_total += len(chunk)
                if len(stderr) < STDERR_KEEP:
                    stderr += chunk[: STDERR_KEEP - len(stderr)]

        # Wake on output, on the launcher's "done" or every POLL_SECONDS to check the limits.
        next_poll = time.monotonic() + POLL_SECONDS
        while done is None:
            ready, _, _ = select.select([*open_fds, done_fd], [], [], POLL_SECONDS)
            for fd in ready:
                if fd == done_fd:
                    done = self.launcher_message(timeout=1) or ["gone"]
                    continue
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    open_fds.discard(fd)
                    os.close(fd)
                    continue
                take_output(fd, chunk)
                if len(stdout) > output_limit and killed_for is None:
                    killed_for = "OLE"
                    kill_tree()
            now = time.monotonic()
            if done is None and now >= next_poll:
                next_poll = now + POLL_SECONDS
                pids = sandbox_pids(self.run_uid, self.exclude) if self.sweep else [pid]
                cpu, rss_kb = tree_usage(pids)
                peak_rss_kb = max(peak_rss_kb, rss_kb)
                peak_cpu = max(peak_cpu, cpu)
                if killed_for is None:
                    if rss_kb > memory_limit_kb:
                        killed_for = "MLE"
                    elif cpu > cpu_limit:
                        killed_for = "TLE"
                    elif now - start > wall_limit:
                        killed_for = "WALL"
                    if killed_for:
                        kill_tree()

        wall = time.monotonic() - start
        # The command is over; whatever it left behind (daemons, grandchildren) goes too, and the
        # pipes are drained so the next command starts clean.
        kill_tree()
        reap_zombies()
        for fd in list(open_fds):
            try:
                while len(stdout) <= output_limit:
                    r, _, _ = select.select([fd], [], [], 0)
                    chunk = os.read(fd, 1 << 16) if r else b""
                    if not chunk:
                        break
                    take_output(fd, chunk)
            finally:
                os.close(fd)

        if done[0] == "done":
            status, cpu_used, maxrss_kb = int(done[1]), (int(done[2]) + int(done[3])) / 1e6, int(done[4])
            cpu_time = max(cpu_used, peak_cpu)
            memory_kb = max(maxrss_kb, peak_rss_kb)
        else:
            # Only a process inside the sandbox can kill the launcher (under bubblewrap it shares
            # the solution's uid): the program did, and that is its runtime error.
            self.stop_launcher()
            stderr += b"\njudge: the program killed the judge's launcher\n"
            status, cpu_time, memory_kb = 1 << 8, peak_cpu, peak_rss_kb
        exit_code = os.waitstatus_to_exitcode(status)
        signal_number = -exit_code if exit_code < 0 else None

        if killed_for == "OLE" or len(stdout) > output_limit:
            verdict = "OLE"
        elif killed_for == "MLE" or memory_kb > memory_limit_kb:
            verdict = "MLE"
        elif killed_for in ("TLE", "WALL") or cpu_time > cpu_limit:
            verdict = "TLE"
        elif signal_number == signal.SIGXCPU:
            verdict = "TLE"
        elif signal_number == signal.SIGXFSZ:
            verdict = "OLE"
        elif exit_code != 0:
            verdict = "RE"
        else:
            verdict = "OK"

        result = {
            "status": verdict,
            "exit_code": exit_code if exit_code >= 0 else None,
            "signal": signal_number,
            "time_ms": round(cpu_time * 1000),
            "wall_ms": round(wall * 1000),
            "memory_kb": memory_kb,
            "wall_exceeded": killed_for == "WALL",
            "stdout_truncated": len(stdout) > output_limit,
            "stderr_truncated": stderr_total > len(stderr),
        }
        return result, [bytes(stdout[: output_limit + 1]), bytes(stderr)]

    def op_hello(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        # The host speaks first: over `docker attach` anything we said before it attached is lost.
        return {"ok": True, "ready": True, "pid": os.getpid()}, []

    def op_archive(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        """A tar of the work dir's regular files matching the given glob patterns (compiled
        artifacts, cached by the host and given to later sessions with `extract`)."""
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

    def op_extract(self, header: dict[str, Any], payloads: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
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

    def serve(self, stdin: BinaryIO, stdout: BinaryIO, idle_exit: float | None = None) -> None:
        """Answer requests until `exit` or end of input. With `idle_exit`, give up when no host
        has spoken for that long (a warm container whose judge died must not wait forever)."""
        self.start_launcher()  # warm before the first request
        try:
            if idle_exit is not None:
                ready, _, _ = select.select([stdin], [], [], idle_exit)
                if not ready:
                    return
            self.answer(stdin, stdout)
        finally:
            self.stop_launcher()

    def answer(self, stdin: BinaryIO, stdout: BinaryIO) -> None:
        ops = {
            "hello": self.op_hello,
            "write": self.op_write,
            "read": self.op_read,
            "exec": self.op_exec,
            "archive": self.op_archive,
            "extract": self.op_extract,
        }
        while True:
            try:
                header, payloads = read_message(stdin)
            except EOFError:
                return
            op = header.get("op")
            if op == "exit":
                return
            try:
                reply, out = ops[op](header, payloads)
            except Exception as e:  # noqa: BLE001 - reported to the host as an infrastructure error
                reply, out = {"ok": False, "error": f"{type(e).__name__}: {e}"}, []
            write_message(stdout, reply, *out)


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--run-uid", type=int, default=None)
    parser.add_argument("--sweep", action="store_true", help="kill all run-uid processes after each command")
    parser.add_argument("--launcher", required=True, help="path of the compiled launcher.c")
    parser.add_argument("--idle-exit", type=float, default=None, help="exit if no request comes for this long")
    args = parser.parse_args(argv)
    make_undumpable()
    # Our own protocol channel is the only thing on fds 0/1; the solution never inherits them.
    channel_in = os.fdopen(os.dup(0), "rb")
    channel_out = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    Supervisor(args.workdir, args.run_uid, args.sweep, args.launcher).serve(channel_in, channel_out, args.idle_exit)


if __name__ == "__main__":
    main(sys.argv[1:])
