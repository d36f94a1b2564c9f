"""Loads a problem package of either format: Kattis/ICPC when it has `data/` or
`problem_statement/`, else the native format."""

from __future__ import annotations

from pathlib import Path

from judge.problems.kattis import load_kattis
from judge.problems.native import load_native
from judge.problems.package import Problem


def is_kattis(root: Path) -> bool:
    return (root / "data").is_dir() or (root / "problem_statement").is_dir() or (root / "statement").is_dir()


def load_problem(root: Path) -> Problem:
    return load_kattis(root) if is_kattis(root) else load_native(root)


__all__ = ["is_kattis", "load_kattis", "load_native", "load_problem"]
