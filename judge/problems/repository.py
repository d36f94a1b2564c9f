"""All problems of JUDGE_PROBLEMS_DIR, loaded once and looked up by slug."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from judge.problems.loader import load_problem
from judge.problems.package import Problem, ProblemError

log = logging.getLogger(__name__)
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


class ProblemRepository:
    def __init__(self, problems: dict[str, Problem], errors: dict[str, str] | None = None) -> None:
        self.problems = problems
        self.errors = errors or {}

    @classmethod
    def load(cls, folder: Path) -> ProblemRepository:
        problems: dict[str, Problem] = {}
        errors: dict[str, str] = {}
        if not folder.is_dir():
            log.warning("problems folder %s does not exist", folder)
            return cls({}, {})
        for root in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
            if not SLUG.match(root.name):
                errors[root.name] = f"{root}: folder name must be a slug (lower-case letters, digits, '-')"
                continue
            try:
                problems[root.name] = load_problem(root)
            except ProblemError as e:
                errors[root.name] = str(e)
                log.error("problem %s skipped: %s", root.name, e)
        return cls(problems, errors)

    def get(self, slug: str) -> Problem | None:
        return self.problems.get(slug)

    def search(self, *, tag: str | None = None, difficulty: str | None = None, q: str | None = None) -> list[Problem]:
        found = []
        for problem in self.problems.values():
            if tag and tag not in problem.tags:
                continue
            if difficulty and problem.difficulty != difficulty:
                continue
            if q and q.lower() not in f"{problem.slug} {problem.title}".lower():
                continue
            found.append(problem)
        return found
