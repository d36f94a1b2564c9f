"""Prints ALIVE if something left by daemon.py survived, else CLEAN."""

import os


def looks_like_daemon(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            if f.read().strip() == "judge-daemon":
                return True
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = f.read().decode(errors="replace").split("\0")
    except OSError:
        return False
    return any(os.path.basename(a) == "daemon.py" for a in args)


alive = os.path.exists("/tmp/daemon_alive")
me = os.getpid()
for name in os.listdir("/proc"):
    if name.isdigit() and int(name) not in (me, 1) and looks_like_daemon(name):
        alive = True
print("ALIVE" if alive else "CLEAN")
