"""Checker of Random Pick Set: `checker.py input answer feedback_dir < output`, where output is the
list of values the harness recorded (already checked to be typed: bool for insert/remove, int for
getRandom). Exits 42 when accepted; 43 when not, with the reason in feedback_dir/teammessage.txt.

insert and remove must return exactly what a set would. Every getRandom must return an element of
the set at that moment. And the getRandom returns must look like independent uniform choices. Each
*phase* is a run of getRandom calls on an unchanged set (a successful insert or remove ends one). In
each phase of m >= 200 calls on a set of n >= 2 elements, two counts are tested:
  - each element's count, Binomial(m, 1/n) for uniform choices (only when m >= 20n);
  - the number of calls that repeat the previous call's value, Binomial(m - 1, 1/n) for independent
    uniform choices, whatever the past (so a round-robin or a shuffled cycle fails it).
A count fails when it is outside its mean +- t, with t from Bernstein's inequality
P(|X - mu| >= t) <= 2 exp(-t^2 / (2 (sigma^2 + t / 3))) at delta = 1e-10 / K, K the number of counts
tested in the test (a union bound). So a correct solution fails a test with probability below 1e-10,
and a submission (at most 10 tests) below 1e-9. The answer file is not read: its getRandom values
were one random run of the reference."""

import json
import math
import sys

MIN_PHASE = 200
TEST_DELTA = 1e-10


def reject(feedback_dir, message):
    with open(f"{feedback_dir}/teammessage.txt", "w") as f:
        f.write(message + "\n")
    sys.exit(43)


def shown(value):
    return json.dumps(value)


def bernstein_margin(trials, p, delta):
    """t with P(|X - trials * p| >= t) <= delta for X ~ Binomial(trials, p) (Bernstein)."""
    log_term = math.log(2 / delta)
    variance = trials * p * (1 - p)
    return log_term / 3 + math.sqrt(log_term * log_term / 9 + 2 * log_term * variance)


def main():
    input_path, _answer_path, feedback_dir = sys.argv[1:4]
    with open(input_path) as f:
        lines = [line for line in f.read().split("\n") if line.strip()]
    names, arguments = json.loads(lines[0]), json.loads(lines[1])
    got = json.loads(sys.stdin.read())
    if len(got) != len(names):
        reject(feedback_dir, f"{len(got)} values were recorded for {len(names)} operations")

    members = set()
    phases = []  # (first call, set size, [returned values])
    phase = None
    for index in range(1, len(names)):
        name, args, value = names[index], arguments[index], got[index]
        if name == "getRandom":
            if value not in members:
                reject(feedback_dir, f"call {index}, getRandom(): returned {shown(value)}, which is not in the set")
            if phase is None:
                phase = (index, len(members), [])
                phases.append(phase)
            phase[2].append(value)
            continue
        key = args[0]
        expected = key not in members if name == "insert" else key in members
        if value != expected:
            reject(feedback_dir, f"call {index}, {name}({key}): expected {shown(expected)}, got {shown(value)}")
        if expected:
            (members.add if name == "insert" else members.remove)(key)
            phase = None  # the set changed

    tested = []  # (phase, n, counts or None)
    for first, n, values in phases:
        if len(values) >= MIN_PHASE and n >= 2:
            tested.append((first, n, values))
    checks = sum(1 + (n if len(values) >= 20 * n else 0) for _, n, values in tested)
    if not checks:
        sys.exit(42)
    delta = TEST_DELTA / checks
    for first, n, values in tested:
        m = len(values)
        where = f"calls {first:,}-{first + m - 1:,} (getRandom {m:,} times on a set of {n:,})"
        repeats = sum(1 for a, b in zip(values, values[1:]) if a == b)
        margin = bernstein_margin(m - 1, 1 / n, delta)
        mean = (m - 1) / n
        if abs(repeats - mean) > margin:
            reject(
                feedback_dir,
                f"{where}: the previous call's value came again {repeats:,} times; independent uniform "
                f"choices do that {mean:,.0f} +- {margin:,.0f} times (false-failure probability below 1e-9)",
            )
        if m >= 20 * n:
            counts = {}
            for value in values:
                counts[value] = counts.get(value, 0) + 1
            margin = bernstein_margin(m, 1 / n, delta)
            mean = m / n
            # A missing element deviates most (by the whole mean): said first, whatever the others did.
            if len(counts) < n:
                if mean > margin:  # an element never returned is a deviation of `mean`
                    reject(feedback_dir, f"{where}: {n - len(counts)} element(s) of the set were never returned; a "
                           f"uniform choice returns each {mean:,.0f} +- {margin:,.0f} times (false-failure probability below 1e-9)")
            for value in sorted(counts, key=lambda v: abs(counts[v] - mean), reverse=True)[:1]:
                if abs(counts[value] - mean) > margin:
                    reject(feedback_dir, f"{where}: {value} was returned {counts[value]:,} times; a uniform choice "
                           f"returns each element {mean:,.0f} +- {margin:,.0f} times (false-failure probability below 1e-9)")
    sys.exit(42)


main()
