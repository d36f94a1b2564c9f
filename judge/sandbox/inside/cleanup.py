"""What a command can leave behind once all its processes are dead: SysV IPC objects.

Shared memory segments, semaphores and message queues outlive every process, and their pages stay
charged to a run cgroup that no longer exists; a solution could leave its memory limit's worth
behind after every test. The sandbox has an IPC namespace of its own, so every object listed in
/proc/sysvipc is the solution's: remove them all after each command. (Files are different: the
work dir and /tmp are size-capped tmpfs, and their pages were charged to the run that wrote them.)
"""

from __future__ import annotations

import os

IPC_RMID = 0
TABLES = {  # file: (id column, owner uid column)
    "shm": (1, 7),
    "msg": (1, 7),
    "sem": (1, 4),
}


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
    root = os.geteuid() == 0
    for kind, ident, uid in objects:
        switch = root and uid != 0
        if switch:
            os.seteuid(uid)
        try:
            calls[kind](ident)
        finally:
            if switch:
                os.seteuid(0)
    left = ipc_objects()
    if left:
        raise RuntimeError(f"SysV IPC objects survive the cleanup: {left}")
    return len(objects)
