"""Tiny problem packages built inline in a test's tmp_path."""

from __future__ import annotations

from pathlib import Path

import yaml


def make_problem(
    root: Path,
    slug: str = "echo",
    *,
    tests: dict[str, tuple[str, str]] | None = None,
    config: dict[str, object] | None = None,
    files: dict[str, str] | None = None,
) -> Path:
    """tests: {"sample/01": ("input", "answer"), "hidden/01": (...)}."""
    package = root / slug
    package.mkdir(parents=True)
    data: dict[str, object] = {"title": slug.title(), "difficulty": "easy", "tags": ["math"]}
    data.update(config or {})
    (package / "problem.yaml").write_text(yaml.safe_dump(data))
    (package / "statement.md").write_text(f"# {slug}\n\nEcho the input.\n")
    for name, (input_text, answer) in (tests or {"sample/01": ("1\n", "1\n"), "hidden/01": ("2\n", "2\n")}).items():
        path = package / "tests" / f"{name}.in"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(input_text)
        path.with_suffix(".ans").write_text(answer)
    for name, text in (files or {}).items():
        (package / name).write_text(text)
    return package
