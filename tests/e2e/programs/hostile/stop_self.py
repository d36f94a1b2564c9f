"""Stops itself mid-run: nothing will ever continue it."""
import os
import signal

print("stopping", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)
print("continued")
