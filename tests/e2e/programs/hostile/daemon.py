"""Leaves a detached child behind: it sleeps 30 s, then writes /tmp/daemon_alive."""

import os
import sys
import time

if os.fork() == 0:
    os.setsid()
    try:  # name the process so check_daemon.py finds it even if this file was renamed
        import ctypes

        ctypes.CDLL(None).prctl(15, b"judge-daemon", 0, 0, 0)  # PR_SET_NAME
    except Exception:
        pass
    devnull = os.open(os.devnull, os.O_RDWR)  # let go of the judge's pipes
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    time.sleep(30)
    with open("/tmp/daemon_alive", "w") as f:
        f.write("alive\n")
    os._exit(0)

print("parent done", flush=True)
sys.exit(0)
