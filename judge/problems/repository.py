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
        """Problems with the tag and difficulty whose slug, title, tags or statement hold every word
        of `q` (any case; "linked list" finds the tag linked-lists), those matching in the title
        first; otherwise in title order."""
        words = [word for word in (q or "").lower().split() if word]
        found: list[tuple[int, str, Problem]] = []
        for problem in self.problems.values():
            if tag and tag not in problem.tags:
                continue
            if difficulty and problem.difficulty != difficulty:
                continue
            rank = 0
            if words:
                title = f"{problem.slug} {problem.title}".lower()
                tags = " ".join(problem.tags).replace("-", " ").lower()
                statement = problem.statement.lower()
                if not all(word in title or word in tags or word in statement for word in words):
                    continue
                rank = (
                    0
                    if all(word in title for word in words)
                    else 1
                    if all(w in title or w in tags for w in words)
                    else 2
                )
            found.append((rank, problem.title.lower(), problem))
        return [problem for _, _, problem in sorted(found, key=lambda item: (item[0], item[1]))]
