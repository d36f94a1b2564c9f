"""Reads one input on stdin: exits 42 if it is valid, 43 (the reason on stderr) if not."""

import re
import sys

INTEGER = re.compile(r"^(0|-?[1-9][0-9]*)$")


def fail(reason):
    sys.stderr.write(reason + "\n")
    sys.exit(43)


data = sys.stdin.read()
if not data.endswith("\n"):
    fail("the input does not end with a newline")
lines = data[:-1].split("\n")
if len(lines) != 2:
    fail(f"{len(lines)} lines; 2 expected")
if not INTEGER.match(lines[0]) or not 1 <= int(lines[0]) <= 200_000:
    fail("n is not an integer in [1, 2*10^5]")
values = lines[1].split(" ")
if len(values) != int(lines[0]):
    fail(f"{len(values)} values; n = {lines[0]}")
for value in values:
    if not INTEGER.match(value) or not -(10**9) <= int(value) <= 10**9:
        fail(f"{value!r} is not an integer in [-10^9, 10^9]")
sys.exit(42)
