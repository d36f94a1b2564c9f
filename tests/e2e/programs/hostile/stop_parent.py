"""Stops its parent (the judge's launcher), then waits for it: a judge whose launcher shares the
solution's uid would wait forever."""
import os
import signal
import time

try:
    os.kill(os.getppid(), signal.SIGSTOP)
    print("stopped the parent", flush=True)
except PermissionError:
    print("denied", flush=True)
time.sleep(0.2)
