"""Sends SIGSTOP, SIGINT, SIGTERM and SIGKILL to every process it can see but itself, PID 1 (the
supervisor) and its parent (the launcher) first, then says how many it reached."""
import os
import signal

me = os.getpid()
targets = [1, os.getppid()] + sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
reached = set()
for sig in (signal.SIGSTOP, signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
    for pid in targets:
        if pid == me:
            continue
        try:
            os.kill(pid, sig)
            reached.add(pid)
        except OSError:
            pass
print("reached", sorted(reached), flush=True)
