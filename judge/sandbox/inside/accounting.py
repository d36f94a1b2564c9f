"""Per-run accounting: every command runs in a cgroup of its own, and its CPU time, peak memory
and process count are the kernel's numbers for that cgroup.

Why cgroups and not /proc: CPU of a child that exited unreaped (a zombie) or of a grandchild
re-parented to init falls out of both /proc samples and wait4; memory in memfd files, tmpfs or
SysV shared memory is in no process's RSS. A cgroup counts all of it: cpuacct/cpu.stat holds the
CPU of every task that ever lived in it, and the memory controller charges anonymous memory,
shmem (memfd, tmpfs, SysV shm) and kernel memory to the cgroup of the task that faulted it in.

The host hands the supervisor a *slot*: a cgroup directory per controller that only this sandbox
may write (bind-mounted at /judge-cgroup). Each command gets `run-N` under it, made (with the
previous command's limits) while the host reads the previous reply, and removed once everything in
it was killed. The launcher is moved into `run-N` ahead of time too, so its child is *born* in the
run cgroup (nothing the program does happens outside it, and joining costs the command nothing);
right after the fork the launcher moves itself back to the slot's `launcher` cgroup.

Where no slot can be had (an unprivileged judge without delegation), `ProcfsRuns` samples /proc
as before: approximate, and the backend says so in /readyz and the log.
"""

from __future__ import annotations

import os
import signal
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
V1_CONTROLLERS = ("memory", "cpuacct", "pids")


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


def keyed(path: str) -> dict[str, int]:
    """A cgroup file of `key value` lines (memory.oom_control, memory.events, cpu.stat)."""
    values = {}
    for line in read_text(path).splitlines():
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            values[key] = int(value)
    return values


def pids_in(procs_file: str) -> list[int]:
    try:
        return [int(line) for line in read_text(procs_file).split()]
    except (OSError, ValueError):
        return []


def kill_pids(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kill_until_empty(procs_file: str) -> None:
    """Kill what cgroup.procs lists until it lists nothing. A fork bomb cannot outrun it: pids.max
    bounds what it can make, and killed processes free no slot until they are reaped."""
    for _ in range(2000):
        pids = pids_in(procs_file)
        if not pids:
            return
        kill_pids(pids)
        reap_zombies()
        time.sleep(0.0005)
    raise RuntimeError(f"processes survive in {procs_file}")


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

    #: cgroup.procs files the launcher writes "0" to right after its fork, to leave the run cgroup
    #: its child was born in (empty: no cgroup, nothing to leave).
    home: list[str] = []

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


class Runs:
    """Makes a RunGroup per command."""

    kind = "approximate"

    def create(self, memory_kb: int, nproc: int, launcher_pid: int) -> RunGroup:
        raise NotImplementedError

    def prepare_next(self, launcher_pid: int) -> None:
        """Make the next command's cgroup ahead, while the host reads a reply."""


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
        "peak": ("memory", "memory.max_usage_in_bytes"),
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
    def __init__(self, layout: Layout, root: str, name: str, home: list[str]) -> None:
        self.layout = layout
        self.dirs = [os.path.join(root, folder, name) for folder in layout.folders]
        self.root = root
        self.name = name
        self.home = home
        self.limits: tuple[int, int] | None = None
        self.adopted = 0  # the launcher pid moved in
        self.sampled_peak_kb = 0
        for directory in self.dirs:
            os.mkdir(directory, 0o755)
        self.has_peak = os.path.exists(self.path("peak"))

    def path(self, role: str) -> str:
        folder, file = self.layout.files[role]
        return os.path.join(self.root, folder, self.name, file)

    def limit(self, memory_kb: int, nproc: int) -> None:
        if self.limits == (memory_kb, nproc):
            return
        memory = str(memory_kb * 1024)
        has_swap = os.path.exists(self.path("swap.max"))
        if self.layout.version == 1:
            # memory + swap may never be below memory: raise it first, lower it last.
            raising = self.limits is not None and memory_kb > self.limits[0]
            for role in ("swap.max", "memory.max") if raising else ("memory.max", "swap.max"):
                if role == "memory.max" or has_swap:
                    write_text(self.path(role), memory)
        else:
            write_text(self.path("memory.max"), memory)
            if has_swap:
                write_text(self.path("swap.max"), "0")
        write_text(self.path("pids.max"), str(nproc))
        self.limits = (memory_kb, nproc)

    def adopt(self, pid: int) -> None:
        """Move the launcher in, so that its next child is born here."""
        if self.adopted != pid:
            for folder in self.layout.folders:
                write_text(os.path.join(self.root, folder, self.name, "cgroup.procs"), str(pid))
            self.adopted = pid

    def cpu_seconds(self) -> float:
        if self.layout.version == 1:
            return int(read_text(self.path("cpu"))) / 1e9
        return keyed(self.path("cpu"))["usage_usec"] / 1e6

    def memory_sample_kb(self) -> int | None:
        if self.has_peak:
            return None
        current = int(read_text(self.path("current"))) // 1024
        self.sampled_peak_kb = max(self.sampled_peak_kb, current)
        return current

    def usage(self) -> Usage:
        peak = int(read_text(self.path("peak"))) // 1024 if self.has_peak else self.sampled_peak_kb
        oom = keyed(self.path("oom")).get("oom_kill", 0)
        return Usage(self.cpu_seconds(), peak, oom > 0)

    def kill_all(self) -> None:
        procs = self.path("procs")
        if not pids_in(procs):
            return
        if "kill" in self.layout.files and os.path.exists(self.path("kill")):
            write_text(self.path("kill"), "1")
        kill_until_empty(procs)

    def remove(self) -> None:
        remove_dirs(self.dirs)


class CgroupRuns(Runs):
    def __init__(self, layout: Layout, root: str) -> None:
        self.layout = layout
        self.kind = f"cgroup v{layout.version}"
        self.root = root
        self.serial = 0
        self.ready: CgroupRun | None = None
        if layout.version == 1:
            missing = [c for c in layout.folders if not os.path.isdir(os.path.join(root, c))]
            if missing:
                raise RuntimeError(f"no {', '.join(missing)} controller under {root}")
        else:
            enabled = read_text(os.path.join(root, "cgroup.subtree_control")).split()
            missing = [c for c in ("memory", "cpu", "pids") if c not in enabled]
            if missing:
                raise RuntimeError(f"controllers {', '.join(missing)} are not enabled for {root}")
        # Where the launcher lives between forks: a leaf of the slot (v2 allows processes only in
        # leaves once controllers are enabled).
        self.home = []
        for folder in layout.folders:
            directory = os.path.join(root, folder, "launcher")
            os.makedirs(directory, 0o755, exist_ok=True)
            self.home.append(os.path.join(directory, "cgroup.procs"))
        self.last_limits: tuple[int, int] | None = None

    def prepare_next(self, launcher_pid: int) -> None:
        if self.ready is None:
            self.serial += 1
            self.ready = CgroupRun(self.layout, self.root, f"run-{self.serial}", self.home)
            if self.last_limits is not None:
                self.ready.limit(*self.last_limits)
        if launcher_pid:
            self.ready.adopt(launcher_pid)

    def create(self, memory_kb: int, nproc: int, launcher_pid: int) -> RunGroup:
        self.prepare_next(launcher_pid)
        run, self.ready = self.ready, None
        assert run is not None
        run.limit(memory_kb, nproc)
        self.last_limits = (memory_kb, nproc)
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
