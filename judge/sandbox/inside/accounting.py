"""Per-run accounting: every command runs in a cgroup of its own, and its CPU time, peak memory
and process count are the kernel's numbers for that cgroup.

Why cgroups and not /proc: CPU of a child that exited unreaped (a zombie) or of a grandchild
re-parented to init falls out of both /proc samples and wait4; memory in memfd files, tmpfs or
SysV shared memory is in no process's RSS. A cgroup counts all of it: cpuacct/cpu.stat holds the
CPU of every task that ever lived in it, and the memory controller charges anonymous memory,
shmem (memfd, tmpfs, SysV shm) and kernel memory to the cgroup of the task that faulted it in.

The host hands the supervisor a *slot*: a cgroup directory per controller that only this sandbox
may write (bind-mounted at /judge-cgroup). Commands run in `run-N` under it, and the launcher
lives there too, so every command's process is *born* in its run cgroup: nothing the program does
happens outside it, and no process moves on the way to a test. The launcher is never killed, never
counted (its share of memory is measured before the command and subtracted) and is spared by the
kill. After a command, once its processes are dead and its SysV IPC objects removed, the cgroup
serves the next command if nothing of the last one is still charged to it (cgroup v1 zeroes its
counters); otherwise a fresh `run-N+1` is made, the launcher moved into it and the old one removed,
all while the host reads the reply. On v2, whose peak cannot be zeroed before Linux 6.12, every
command gets a fresh cgroup.

Where no slot can be had (an unprivileged judge without delegation), `ProcfsRuns` samples /proc
as before: approximate, and the backend says so in /readyz and the log.
"""

from __future__ import annotations

import os
import signal
import time

TYPE_CHECKING = False  # typing costs milliseconds at every sandbox start: annotations only
if TYPE_CHECKING:
    from collections.abc import Callable

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
V1_CONTROLLERS = ("memory", "cpuacct", "pids")
# What a command may leave charged to its cgroup for the cgroup to serve the next command: the
# memory controller charges in per-CPU batches of 64 pages and frees kernel objects lazily, so a
# few hundred KB stay charged after any command. (Measured before each command and subtracted.)
REUSE_SLACK_KB = 2048


# Plain os calls: a command touches a dozen cgroup files, and io.open's buffered text wrappers
# cost more than the cgroup operations themselves.


def read_text(path: str) -> str:
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 1 << 16).decode()
    finally:
        os.close(fd)


def write_text(path: str, value: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, value.encode())
    finally:
        os.close(fd)


def parse_keyed(text: str) -> dict[str, int]:
    """A cgroup file of `key value` lines (memory.oom_control, memory.events, cpu.stat)."""
    values = {}
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            values[key] = int(value)
    return values


def kill_pids(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_until_empty(list_procs: Callable[[], bytes], spare: int = 0) -> None:
    """Kill what cgroup.procs lists (but `spare`, the launcher) until nothing else is left. A fork
    bomb cannot outrun it: pids.max bounds what it can make, and a killed process frees no slot
    until it is reaped."""
    for _ in range(2000):
        pids = [pid for pid in map(int, list_procs().split()) if pid != spare]
        if not pids:
            return
        kill_pids(pids)
        reap_zombies()
        time.sleep(0.0005)
    raise RuntimeError("processes survive the kill")


def reap_zombies() -> None:
    """As PID 1 of the sandbox, orphans become our children: collect what is left of them."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


class Usage:
    """What a command used, read once it is over."""

    def __init__(self, cpu_seconds: float, peak_kb: int, oom_killed: bool) -> None:
        self.cpu_seconds = cpu_seconds
        self.peak_kb = peak_kb
        self.oom_killed = oom_killed


class RunGroup:
    """The accounting of one command."""

    counted = False  # by the kernel (a cgroup), or only sampled

    def cpu_seconds(self) -> float:
        raise NotImplementedError

    def memory_sample_kb(self) -> int | None:
        """Memory now, where the peak cannot be read afterwards (None: the kernel keeps the peak)."""
        return None

    def usage(self) -> Usage:
        raise NotImplementedError

    def kill_all(self) -> None:
        """Kill every process of the run, stopped, sleeping or forking, until none is left."""
        raise NotImplementedError

    def remove(self) -> None:
        pass

    def clean(self) -> bool:
        return True


class Runs:
    """Makes a RunGroup per command."""

    kind = "approximate"

    def create(self, memory_kb: int, nproc: int, launcher_pid: int) -> RunGroup:
        raise NotImplementedError

    def prepare_next(self, launcher_pid: int) -> None:
        """Make the next command's cgroup ahead, while the host reads a reply."""

    def retarget(self, uid: int) -> None:
        """The next submission's commands run as `uid` (they are found by it without a cgroup)."""


# --- cgroups, v1 (hybrid hierarchies: /sys/fs/cgroup/<controller>) and v2 (unified) -------------


class Layout:
    """Where one cgroup version keeps what we read and write, as (controller folder, file); the
    controller folder is "" on v2, where one folder holds every controller."""

    def __init__(self, version: int, folders: tuple[str, ...], files: dict[str, tuple[str, str]]) -> None:
        self.version = version
        self.folders = folders
        self.files = files


V1 = Layout(
    1,
    V1_CONTROLLERS,
    {
        "procs": ("pids", "cgroup.procs"),
        "cpu": ("cpuacct", "cpuacct.usage"),  # nanoseconds
        "memory.max": ("memory", "memory.limit_in_bytes"),
        "swap.max": ("memory", "memory.memsw.limit_in_bytes"),  # memory + swap: = memory.max
        "pids.max": ("pids", "pids.max"),
        "peak": ("memory", "memory.max_usage_in_bytes"),  # writing 0 resets it to the usage now
        "current": ("memory", "memory.usage_in_bytes"),
        "oom": ("memory", "memory.oom_control"),  # "oom_kill N" since Linux 4.13
    },
)
V2 = Layout(
    2,
    ("",),
    {
        "procs": ("", "cgroup.procs"),
        "cpu": ("", "cpu.stat"),  # usage_usec
        "memory.max": ("", "memory.max"),
        "swap.max": ("", "memory.swap.max"),  # swap alone: 0
        "pids.max": ("", "pids.max"),
        "peak": ("", "memory.peak"),  # Linux 5.19; before it, memory.current is sampled
        "current": ("", "memory.current"),
        "oom": ("", "memory.events"),
        "kill": ("", "cgroup.kill"),  # Linux 5.14: the kernel kills every process at once
    },
)


class CgroupRun(RunGroup):
    """A run cgroup. The launcher lives in it, so each command's process is born in it."""

    counted = True

    def __init__(self, layout: Layout, root: str, name: str) -> None:
        self.layout = layout
        self.dirs = [os.path.join(root, folder, name) for folder in layout.folders]
        self.root = root
        self.name = name
        self.limits: tuple[int, int] | None = None
        self.launcher = 0  # the launcher's pid, which lives here and is never killed or counted
        self.cpu_start = 0.0
        self.oom_start = 0
        self.sampled_peak_kb = 0
        self.idle_kb = 0  # memory charged here while no command runs (the launcher's few pages)
        self.fds: dict[str, int] = {}
        for directory in self.dirs:
            os.mkdir(directory, 0o755)
        self.has_peak = os.path.exists(self.path("peak"))

    def path(self, role: str) -> str:
        folder, file = self.layout.files[role]
        return os.path.join(self.root, folder, self.name, file)

    # Each file is opened once and read or written at offset 0 (cgroup files allow it): a test
    # touches a dozen of them, and three syscalls each would be most of what a cgroup costs it.

    def fd(self, role: str) -> int:
        fd = self.fds.get(role)
        if fd is None:
            try:
                fd = os.open(self.path(role), os.O_RDWR | os.O_CLOEXEC)
            except PermissionError:  # read-only files (memory.usage_in_bytes, memory.current)
                fd = os.open(self.path(role), os.O_RDONLY | os.O_CLOEXEC)
            self.fds[role] = fd
        return fd

    def read(self, role: str) -> str:
        return os.pread(self.fd(role), 1 << 16, 0).decode()

    def write(self, role: str, value: str) -> None:
        os.pwrite(self.fd(role), value.encode(), 0)

    def read_keyed(self, role: str) -> dict[str, int]:
        return parse_keyed(self.read(role))

    def limit(self, memory_kb: int, nproc: int) -> None:
        if self.limits == (memory_kb, nproc):
            return
        memory = str(memory_kb * 1024)
        has_swap = "swap.max" in self.fds or os.path.exists(self.path("swap.max"))
        if self.layout.version == 1:
            # memory + swap may never be below memory: raise it first, lower it last.
            raising = self.limits is not None and memory_kb > self.limits[0]
            for role in ("swap.max", "memory.max") if raising else ("memory.max", "swap.max"):
                if role == "memory.max" or has_swap:
                    self.write(role, memory)
        elif self.limits is None:
            self.write("memory.max", memory)
            if has_swap:
                self.write("swap.max", "0")
        else:
            self.write("memory.max", memory)
        self.write("pids.max", str(nproc + 1))  # + the launcher
        self.limits = (memory_kb, nproc)

    def adopt(self, pid: int) -> None:
        """Move the launcher in, so that its children are born here."""
        for folder in self.layout.folders:
            write_text(os.path.join(self.root, folder, self.name, "cgroup.procs"), str(pid))
        self.launcher = pid

    def begin(self, memory_kb: int, nproc: int) -> None:
        """Limits and zeroed counters for the next command (v1 zeroes; v2 counts from a baseline).
        What is charged already (the launcher's few pages) is on top of the limit and subtracted
        from the peak, so the command has exactly its limit."""
        self.idle_kb = self.current_kb()
        # Rounded up to a megabyte, so that the limits rarely need writing again.
        self.limit(memory_kb + -(-self.idle_kb // 1024) * 1024, nproc)
        if self.layout.version == 1:
            self.write("cpu", "0")
            self.write("peak", "0")  # v1: resets the peak to the usage now
            self.cpu_start = 0.0
        else:
            self.cpu_start = self.cpu_total()
        self.sampled_peak_kb = 0

    def current_kb(self) -> int:
        return int(self.read("current")) // 1024

    def cpu_total(self) -> float:
        if self.layout.version == 1:
            return int(self.read("cpu")) / 1e9
        return self.read_keyed("cpu")["usage_usec"] / 1e6

    def cpu_seconds(self) -> float:
        return self.cpu_total() - self.cpu_start

    def memory_sample_kb(self) -> int | None:
        if self.has_peak:
            return None
        current = self.current_kb()
        self.sampled_peak_kb = max(self.sampled_peak_kb, current)
        return current

    def usage(self) -> Usage:
        peak = int(self.read("peak")) // 1024 if self.has_peak else self.sampled_peak_kb
        oom_kills = self.read_keyed("oom").get("oom_kill", 0)
        oom, self.oom_start = oom_kills > self.oom_start, oom_kills  # the next command's baseline
        return Usage(self.cpu_seconds(), max(0, peak - self.idle_kb), oom)

    def kill_all(self) -> None:
        # Opened afresh each time: a cgroup.procs read at offset 0 through a kept descriptor can
        # return what it listed before (seen with a fork bomb), never ending the loop.
        procs = self.path("procs")
        kill_until_empty(lambda: read_text(procs).encode(), spare=self.launcher)

    def clean(self) -> bool:
        """Nothing of the last command is charged here any more: the cgroup can serve the next one.
        (Files it left in a tmpfs stay charged to it; such a cgroup is replaced instead.)"""
        if self.layout.version == 2:
            return False  # memory.peak cannot be reset before Linux 6.12: a fresh cgroup per command
        return self.current_kb() <= self.idle_kb + REUSE_SLACK_KB

    def remove(self) -> None:
        for fd in self.fds.values():
            os.close(fd)
        self.fds.clear()
        remove_dirs(self.dirs)


class CgroupRuns(Runs):
    """One run cgroup at a time, with the launcher in it. A command that left nothing charged
    behind leaves the cgroup to the next (counters zeroed: no cgroup to make, no process to move,
    the cheap case of every test of a program that writes no files); otherwise, and on v2, the next
    command gets a fresh cgroup, made and entered by the launcher while the host reads the reply."""

    def __init__(self, layout: Layout, root: str) -> None:
        self.layout = layout
        self.kind = f"cgroup v{layout.version}"
        self.root = root
        self.serial = 0
        self.current: CgroupRun | None = None
        if layout.version == 1:
            missing = [c for c in layout.folders if not os.path.isdir(os.path.join(root, c))]
            if missing:
                raise RuntimeError(f"no {', '.join(missing)} controller under {root}")
        else:
            enabled = read_text(os.path.join(root, "cgroup.subtree_control")).split()
            missing = [c for c in ("memory", "cpu", "pids") if c not in enabled]
            if missing:
                raise RuntimeError(f"controllers {', '.join(missing)} are not enabled for {root}")

    def prepare_next(self, launcher_pid: int) -> None:
        old = self.current
        if old is not None and old.launcher == launcher_pid and launcher_pid and old.clean():
            return
        self.serial += 1
        fresh = CgroupRun(self.layout, self.root, f"run-{self.serial}")
        if launcher_pid:
            fresh.adopt(launcher_pid)
        self.current = fresh
        if old is not None:
            old.remove()  # the launcher has left it, the command's processes are dead

    def create(self, memory_kb: int, nproc: int, launcher_pid: int) -> RunGroup:
        run = self.current
        if run is None or run.launcher != launcher_pid:
            self.prepare_next(launcher_pid)
            run = self.current
        assert run is not None
        run.begin(memory_kb, nproc)
        return run


def remove_dirs(directories: list[str]) -> None:
    """rmdir each run cgroup; a task still exiting keeps one busy for a moment."""
    for directory in directories:
        for attempt in range(200):
            try:
                os.rmdir(directory)
                break
            except FileNotFoundError:
                break
            except OSError:
                if attempt == 199:
                    raise
                reap_zombies()
                time.sleep(0.001)


# --- no cgroup: /proc sampling (approximate) ----------------------------------------------------


def uid_pids(uid: int, exclude: set[int]) -> list[int]:
    """Every live (non-zombie) process of `uid` in this PID namespace except ours."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in exclude:
            continue
        try:
            if os.stat(f"/proc/{name}").st_uid != uid:
                continue
            with open(f"/proc/{name}/stat", "rb") as f:
                if f.read().rsplit(b")", 1)[1].split()[0] == b"Z":
                    continue
        except (OSError, IndexError):
            continue
        pids.append(int(name))
    return pids


class ProcfsRun(RunGroup):
    """CPU and resident memory summed over the live processes of the run's uid, sampled: misses
    zombies, memfd, tmpfs and shared memory. Used only where no cgroup slot exists."""

    def __init__(self, uid: int, exclude: set[int]) -> None:
        self.uid = uid
        self.exclude = exclude
        self.peak_cpu = 0.0
        self.peak_kb = 0

    def sample(self) -> tuple[float, int]:
        cpu = 0.0
        rss_kb = 0
        for pid in uid_pids(self.uid, self.exclude):
            try:
                with open(f"/proc/{pid}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                cpu += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
                rss_kb += int(fields[21]) * PAGE_KB
            except (OSError, IndexError, ValueError):
                continue
        self.peak_cpu = max(self.peak_cpu, cpu)
        self.peak_kb = max(self.peak_kb, rss_kb)
        return cpu, rss_kb

    def cpu_seconds(self) -> float:
        return self.sample()[0]

    def memory_sample_kb(self) -> int | None:
        return self.sample()[1]

    def usage(self) -> Usage:
        return Usage(self.peak_cpu, self.peak_kb, False)

    def kill_all(self) -> None:
        # A fork bomb can create processes while we kill, so loop until a sweep finds nothing.
        for _ in range(200):
            pids = uid_pids(self.uid, self.exclude)
            if not pids:
                return
            kill_pids(pids)
            time.sleep(0.001)


class ProcfsRuns(Runs):
    kind = "approximate (no cgroup: /proc sampling misses zombies, memfd, tmpfs and shared memory)"

    def __init__(self, uid: int, exclude: set[int]) -> None:
        self.uid = uid
        self.exclude = exclude

    def create(self, memory_kb: int, nproc: int, launcher_pid: int) -> RunGroup:
        return ProcfsRun(self.uid, self.exclude)

    def retarget(self, uid: int) -> None:
        self.uid = uid


def runs_for(spec: str | None, uid: int, exclude: set[int]) -> Runs:
    """`v1:/judge-cgroup`, `v2:/judge-cgroup` or None (no slot: approximate)."""
    if not spec:
        return ProcfsRuns(uid, exclude)
    version, _, root = spec.partition(":")
    if version == "v1":
        return CgroupRuns(V1, root)
    if version == "v2":
        return CgroupRuns(V2, root)
    raise ValueError(f"unknown cgroup spec {spec!r}")
