"""What a command or a whole submission can leave behind in the sandbox, and its removal.

After every command: SysV IPC objects. Shared memory segments, semaphores and message queues
outlive every process, and their pages stay charged to a run cgroup that no longer exists; a
solution could leave its memory limit's worth behind after every test. The sandbox has an IPC
namespace of its own, so every object listed in /proc/sysvipc is the solution's: remove them all.

Between two submissions that share a sandbox (`reset`): every process but the supervisor, every
file in the writable places, IPC objects of both kinds, and any socket still bound. Each step is
checked afterwards; a step that cannot be proven done raises, and the host retires the sandbox
instead of reusing it.
"""

from __future__ import annotations

import os
import signal
import stat
import time

from .accounting import reap_zombies

IPC_RMID = 0
TABLES = {  # file: (id column, owner uid column)
    "shm": (1, 7),
    "msg": (1, 7),
    "sem": (1, 4),
}
MQUEUE = "/dev/mqueue"
# How long processes, sockets and cgroups get to disappear before the reset gives up on them.
SETTLE_SECONDS = 2.0


class as_uid:
    """Take `uid` as the effective uid for a moment (a root supervisor without CAP_DAC_OVERRIDE
    or CAP_FOWNER acts on another uid's files and IPC objects only as their owner)."""

    def __init__(self, uid: int) -> None:
        self.uid = uid
        self.switch = os.geteuid() == 0 and uid != 0

    def __enter__(self) -> None:
        if self.switch:
            os.seteuid(self.uid)

    def __exit__(self, *exc: object) -> None:
        if self.switch:
            os.seteuid(0)


def ipc_objects() -> list[tuple[str, int, int]]:
    objects = []
    for kind, (id_column, uid_column) in TABLES.items():
        try:
            with open(f"/proc/sysvipc/{kind}") as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            objects.append((kind, int(fields[id_column]), int(fields[uid_column])))
    return objects


def remove_ipc() -> int:
    """Remove every SysV IPC object of this IPC namespace; returns how many there were.

    Only the owner (or CAP_SYS_ADMIN, which the supervisor does not have) may remove one, so a
    root supervisor takes the owner's uid as its effective uid for the call and then returns."""
    objects = ipc_objects()
    if not objects:
        return 0
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    calls = {
        "shm": lambda ident: libc.shmctl(ident, IPC_RMID, None),
        "msg": lambda ident: libc.msgctl(ident, IPC_RMID, None),
        "sem": lambda ident: libc.semctl(ident, 0, IPC_RMID),
    }
    for kind, ident, uid in objects:
        with as_uid(uid):
            calls[kind](ident)
    left = ipc_objects()
    if left:
        raise RuntimeError(f"SysV IPC objects survive the cleanup: {left}")
    return len(objects)


def remove_mqueues() -> int:
    """POSIX message queues (the launcher's RLIMIT_MSGQUEUE of 0 should leave none to find)."""
    try:
        names = os.listdir(MQUEUE)
    except OSError:
        return 0  # not mounted here: then nothing can list, open or leave one either way
    for name in names:
        path = os.path.join(MQUEUE, name)
        try:
            with as_uid(os.lstat(path).st_uid):
                os.unlink(path)
        except FileNotFoundError:
            pass
    left = os.listdir(MQUEUE)
    if left:
        raise RuntimeError(f"POSIX message queues survive the cleanup: {left}")
    return len(names)


# --- processes ------------------------------------------------------------------------------------


def other_pids() -> list[int]:
    me = os.getpid()
    return [int(name) for name in os.listdir("/proc") if name.isdigit() and int(name) != me]


def kill_all_but_me() -> int:
    """SIGKILL every other process of the sandbox (stopped, sleeping, forking, in new sessions) and
    reap them, until /proc lists none: as PID 1, every orphan and zombie ends up our child."""
    killed: set[int] = set()
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        pids = other_pids()
        if not pids:
            return len(killed)
        if time.monotonic() > deadline:
            raise RuntimeError(f"processes survive the kill: {sorted(pids)[:20]}")
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass
        reap_zombies()
        time.sleep(0.0005)


# --- files ------------------------------------------------------------------------------------------


def entries(fd: int, owner: int) -> list[tuple[str, os.stat_result]]:
    """The entries of an open directory, looked up as its owner (who alone may search a 0700 one)."""
    found = []
    with as_uid(owner):
        for name in os.listdir(fd):
            try:
                found.append((name, os.stat(name, dir_fd=fd, follow_symlinks=False)))
            except FileNotFoundError:
                continue
    return found


def purge(fd: int, owner: int, sticky: bool) -> int:
    """Remove everything in the open directory `fd` (owned by `owner`); returns how many entries.

    No process of the submission is alive any more, so nothing can race these calls. An entry is
    removed as its own owner where the directory is sticky (the scratch roots), else as the
    directory's owner. A subdirectory is first made 0700 by its owner, so that a mode-000 folder
    cannot hide files and its owner may remove whatever is in it. (Whatever this cannot remove,
    say a folder of one uid inside another's, fails the reset: the sandbox is then retired.)"""
    removed = 0
    for name, info in entries(fd, owner):
        remover = info.st_uid if sticky else owner
        if stat.S_ISDIR(info.st_mode):
            with as_uid(info.st_uid):
                os.chmod(name, 0o700, dir_fd=fd)  # a directory, not a symlink: lstat said so
                child = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            try:
                removed += purge(child, info.st_uid, sticky=False)
            finally:
                os.close(child)
            with as_uid(remover):
                os.rmdir(name, dir_fd=fd)
        else:
            with as_uid(remover):
                os.unlink(name, dir_fd=fd)
        removed += 1
    return removed


def empty_directory(path: str) -> int:
    """Empty a scratch root (the work dir, /tmp, /dev/shm), which stays; prove it is empty."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        info = os.fstat(fd)
        removed = purge(fd, info.st_uid, sticky=bool(info.st_mode & stat.S_ISVTX))
        left = os.listdir(fd)
    finally:
        os.close(fd)
    if left:
        raise RuntimeError(f"{path} is not empty after the cleanup: {left[:10]}")
    return removed


# --- sockets ----------------------------------------------------------------------------------------


def bound_sockets() -> list[str]:
    """Named unix sockets (abstract or on a path) of this network namespace.

    A socket lives as long as a descriptor of it does, and a descriptor lives in a process or in
    flight in a unix socket's queue. Once no process is left, only the second can keep one: so no
    unix socket at all means no socket of any kind (TCP and UDP included, which are not listed:
    /proc/net/tcp walks the host's whole hash table, 2 ms)."""
    found = []
    with open("/proc/net/unix") as f:
        for line in f.read().splitlines()[1:]:
            fields = line.split()
            found.append("unix " + (fields[7] if len(fields) >= 8 else f"(unnamed, inode {fields[6]})"))
    return found


def no_sockets_left() -> None:
    """Sockets close with the last process holding them; one in flight in a unix socket's queue is
    freed by the kernel's garbage collector a moment later."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while left := bound_sockets():
        if time.monotonic() > deadline:
            raise RuntimeError(f"sockets survive the cleanup: {left[:10]}")
        time.sleep(0.002)
