#!/usr/bin/env python3
"""Custom checker for pair-with-sum (Kattis output-validator convention).

Usage: python3 checker.py INPUT ANSWER FEEDBACK_DIR < contestant_output
Exit 42 = accepted, 43 = wrong answer. A valid pair when the answer file
says -1 means the jury data is wrong: exit 1 (judge error).
"""
import os
import re
import sys

AC, WA = 42, 43
MAX_OUTPUT = 1 << 16  # a correct answer is a few dozen bytes
INT_RE = re.compile(r"-?[0-9]{1,19}")


def finish(code, message, feedback_dir):
    try:
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
            f.write(message + "\n")
    except OSError:
        pass
    sys.exit(code)


def main():
    input_path, answer_path, feedback_dir = sys.argv[1:4]
    with open(input_path) as f:
        data = f.read().split()
    n, target = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    with open(answer_path) as f:
        jury_says_none = f.read().split()[:1] == ["-1"]

    raw = sys.stdin.buffer.read(MAX_OUTPUT + 1)
    if len(raw) > MAX_OUTPUT:
        finish(WA, "output is far too long", feedback_dir)
    tokens = raw.decode("utf-8", errors="replace").split()
    if not tokens:
        finish(WA, "empty output", feedback_dir)
    if not all(INT_RE.fullmatch(t) for t in tokens):
        finish(WA, "output contains something that is not a small integer", feedback_dir)
    values = [int(t) for t in tokens]

    if values == [-1]:
        if jury_says_none:
            finish(AC, "correctly reported that no pair exists", feedback_dir)
        finish(WA, "printed -1 but a pair exists", feedback_dir)
    if len(values) != 2:
        finish(WA, "expected exactly two integers or -1, got %d tokens" % len(values), feedback_dir)
    i, j = values
    if not 1 <= i < j <= n:
        finish(WA, "need 1 <= i < j <= n, got i=%d j=%d (n=%d)" % (i, j, n), feedback_dir)
    if a[i - 1] + a[j - 1] != target:
        finish(WA, "a_%d + a_%d = %d, not %d" % (i, j, a[i - 1] + a[j - 1], target), feedback_dir)
    if jury_says_none:
        finish(1, "JUDGE ERROR: valid pair %d %d found but answer file says -1" % (i, j), feedback_dir)
    finish(AC, "valid pair", feedback_dir)


if __name__ == "__main__":
    main()
