"""The shipped problem set's shape: big enough, every topic covered, a sane difficulty mix, and
every problem complete. Whether each package is *correct* (every solution gets its verdict, the
time limits have margins) is `judge check problems/`, which scripts/test.sh runs after pytest."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest

from judge.languages import language_for_file
from judge.problems.config import Tag
from judge.problems.loader import load_problem
from judge.signatures.harness import HARNESSES

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"
SLUGS = sorted(path.name for path in PROBLEMS.iterdir() if (path / "problem.yaml").is_file())


PROGRAMS = [slug for slug in SLUGS if "sql" not in (PROBLEMS / slug / "problem.yaml").read_text()]
QUERIES = [slug for slug in SLUGS if slug not in PROGRAMS]
SQL_TAGS = [tag for tag in get_args(Tag) if tag.startswith("sql")]


def test_the_set_is_big_enough_and_balanced() -> None:
    problems = [load_problem(PROBLEMS / slug) for slug in PROGRAMS]
    assert len(problems) >= 75
    topics = Counter(tag for problem in problems for tag in problem.tags)
    expected = [tag for tag in get_args(Tag) if tag not in SQL_TAGS]
    assert {tag: topics[tag] for tag in expected if topics[tag] < 3} == {}  # every topic 3+ times
    difficulties = Counter(problem.difficulty for problem in problems)
    assert difficulties["easy"] >= 0.2 * len(problems) and difficulties["hard"] >= 0.1 * len(problems)


def test_the_sql_set_follows_what_candidates_study() -> None:
    """30+ SQL problems over SQL 50's topics, easy/medium/hard about 30/50/20."""
    problems = [load_problem(PROBLEMS / slug) for slug in QUERIES]
    assert len(problems) >= 30 and all(problem.sql is not None for problem in problems)
    topics = Counter(tag for problem in problems for tag in problem.tags)
    assert {tag: topics[tag] for tag in SQL_TAGS if topics[tag] < 3} == {}  # every SQL topic 3+ times
    difficulties = Counter(problem.difficulty for problem in problems)
    assert difficulties["easy"] >= 0.2 * len(problems) and difficulties["medium"] >= 0.35 * len(problems)
    assert difficulties["hard"] >= 0.12 * len(problems)
    writes = [problem for problem in problems if problem.sql is not None and problem.sql.writes]
    assert len(writes) >= 3
    # The "optimise" problems: a query without the right index is too slow on PostgreSQL.
    optimise = [p for p in problems if "sql-indexes" in p.tags]
    assert all(any(s.expected == "time_limit_exceeded" for s in p.solutions) for p in optimise)


@pytest.mark.parametrize("slug", PROGRAMS)
def test_every_problem_is_complete(slug: str) -> None:
    problem = load_problem(PROBLEMS / slug)
    assert problem.format == "native" and problem.warnings == []
    assert problem.samples and len(problem.tests) - len(problem.samples) >= 8
    assert problem.generator is not None and problem.input_validators
    accepted = {language_for_file(s.path.name).id for s in problem.solutions if s.expected == "accepted"}  # type: ignore[union-attr]
    assert {"python", "cpp", "java"} <= accepted
    if problem.signature is not None or problem.design is not None:  # every harness language has a reference
        assert set(HARNESSES) <= accepted
    assert {"wrong_answer", "time_limit_exceeded"} <= {s.expected for s in problem.solutions}


@pytest.mark.parametrize("slug", QUERIES)
def test_every_sql_problem_is_complete(slug: str) -> None:
    """Edges covered by 5+ hidden datasets, an accepted query on every engine, a careless one."""
    problem = load_problem(PROBLEMS / slug)
    assert problem.sql is not None
    assert problem.format == "native" and problem.warnings == []
    assert problem.samples and len(problem.tests) - len(problem.samples) >= 5
    accepted = {s.language.id for s in problem.solutions if s.expected == "accepted" and s.language}
    assert accepted == set(problem.sql.engines)
    assert "wrong_answer" in {s.expected for s in problem.solutions}
    assert problem.hints


# Statements and hints are Markdown with TeX math ($…$ inline, $$…$$ display; README, "Native
# format"). What the page renders as code is left out of these checks: fenced blocks and code spans.
CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.S | re.M)
MATH = re.compile(r"\$\$.+?\$\$|\$[^$]+\$", re.S)
# Math written literally: 10^5, a_i, a_{i+1}, ≤, ·, O(n) — each belongs inside $…$.
LITERAL_MATH = re.compile(r"\^|(?<=\w)_[A-Za-z0-9{]|[≤≥≠·×]|\bO\(")


def markdown_faults(text: str) -> list[str]:
    faults = []
    for paragraph in re.split(r"\n\s*\n", CODE.sub("", text)):
        paragraph = paragraph.replace("\\$", "")  # a literal dollar sign
        if paragraph.count("$") % 2:
            faults.append(f"unbalanced $ in: {paragraph.strip()[:80]!r}")
        # The page reads $…$ as Pandoc does: no space inside the dollars, no digit right after.
        for match in re.finditer(r"(?<!\$)\$([^$]+)\$(?!\$)", paragraph):
            if match.group(1) != match.group(1).strip() or paragraph[match.end() : match.end() + 1].isdigit():
                faults.append(f"not read as math: {match.group()!r}")
        for match in LITERAL_MATH.finditer(MATH.sub("", paragraph)):
            faults.append(f"math outside $…$: {match.string[max(match.start() - 30, 0) : match.end() + 10]!r}")
    return faults


def test_the_math_check_catches_literal_math() -> None:
    assert markdown_faults("At most `10^5` values $a_i$; $$\\sum a_i$$ costs \\$5.") == []
    assert markdown_faults("Up to 10^5 values.") != []
    assert markdown_faults("Values a_i and b_{j}.") != []
    assert markdown_faults("Takes O(n log n) time.") != []
    assert markdown_faults("Between $1 and 2.") != []
    assert markdown_faults("1 ≤ n") != []
    assert markdown_faults("Between $ 1 \\le n$ and $n$2.") == [
        "not read as math: '$ 1 \\\\le n$'",
        "not read as math: '$n$'",
    ]


@pytest.mark.parametrize("slug", SLUGS)
def test_the_statement_does_not_repeat_the_page(slug: str) -> None:
    """The page shows the title, the samples and the signature: the statement does not repeat them."""
    problem = load_problem(PROBLEMS / slug)
    first_line = problem.statement.lstrip().splitlines()[0]
    assert not first_line.startswith("# "), f"the statement starts with a title heading: {first_line!r}"
    if problem.signature is not None:
        assert not re.search(r"^#+ *Examples?\b", problem.statement, re.M | re.I), "examples repeat the samples"
        assert "Input:" not in problem.statement, "an example repeats a sample"
        assert f"`{problem.signature.function}(" not in problem.statement, "the signature is restated"


@pytest.mark.parametrize("slug", SLUGS)
def test_math_is_tex_and_solutions_are_hints(slug: str) -> None:
    problem = load_problem(PROBLEMS / slug)
    assert markdown_faults(problem.statement) == []
    for hint in problem.hints:
        assert markdown_faults(hint) == [], hint
    # How to solve it goes in `hints`, shown only on request.
    assert not re.search(r"^#+ *(Hints?|Approach|Solution)\b", problem.statement, re.M | re.I)


def test_hints_are_shipped() -> None:
    hinted = [slug for slug in SLUGS if load_problem(PROBLEMS / slug).hints]
    assert len(hinted) >= 30
