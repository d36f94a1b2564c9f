"""The checker of random-pick-set (a distribution test): a correct random solution passes every
time, a biased or a patterned one fails. Run on a real hidden test, with simulated solutions."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "problems" / "random-pick-set"
TEST = PACKAGE / "tests" / "hidden" / "06.in.gz"  # sets of 10 and then 9, drawn 20,000 times each


def operations() -> tuple[list[str], list[list[int]]]:
    lines = gzip.decompress(TEST.read_bytes()).decode().split("\n")
    return json.loads(lines[0]), json.loads(lines[1])


def simulate(pick) -> list[object]:  # noqa: ANN001 - pick(items, rng) -> the returned element
    names, arguments = operations()
    rng = random.Random()
    items: list[int] = []
    values: list[object] = [None]
    for name, args in zip(names[1:], arguments[1:], strict=True):
        if name == "insert":
            values.append(args[0] not in items)
            if values[-1]:
                items.append(args[0])
        elif name == "remove":
            values.append(args[0] in items)
            if values[-1]:
                items.remove(args[0])
        else:
            values.append(pick(items, rng))
    return values


def judge(values: list[object], tmp_path: Path) -> tuple[int, str]:
    (tmp_path / "input").write_bytes(gzip.decompress(TEST.read_bytes()))
    (tmp_path / "feedback").mkdir(exist_ok=True)
    command = [sys.executable, str(PACKAGE / "checker.py"), "input", "answer", "feedback"]
    done = subprocess.run(command, cwd=tmp_path, input=json.dumps(values).encode(), capture_output=True, check=False)
    message = tmp_path / "feedback" / "teammessage.txt"
    return done.returncode, message.read_text() if message.exists() else ""


@pytest.mark.parametrize("attempt", range(3))
def test_uniform_independent_choices_pass(attempt: int, tmp_path: Path) -> None:
    assert judge(simulate(lambda items, rng: rng.choice(items)), tmp_path) == (42, "")


def test_one_element_twice_as_likely_fails(tmp_path: Path) -> None:
    def biased(items: list[int], rng: random.Random) -> int:
        return rng.choice([*items, items[0]])

    code, message = judge(simulate(biased), tmp_path)
    assert code == 43 and "times; a uniform choice returns each element" in message


def test_a_shuffled_cycle_with_exact_counts_fails_on_repeats(tmp_path: Path) -> None:
    state: dict[str, object] = {"cycle": [], "of": None}

    def cycling(items: list[int], rng: random.Random) -> int:  # each element once per round, in a new order
        if not state["cycle"] or state["of"] != items:
            state["cycle"], state["of"] = rng.sample(items, len(items)), list(items)
        return state["cycle"].pop()  # type: ignore[union-attr]

    code, message = judge(simulate(cycling), tmp_path)
    assert code == 43 and "the previous call's value came again" in message
