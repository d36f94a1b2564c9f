"""Study plans: the file format, the prerequisite warning, `judge check --plans`, and the shipped
plans against the shipped problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.checking.flows import find_packages
from judge.checking.plans import check_plans
from judge.plans.prerequisites import skipped
from judge.plans.repository import PlanError, PlanRepository, load_plan
from tests.builders import make_problem

REPO = Path(__file__).resolve().parents[2]


def write_plan(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text)
    return path


def test_a_plan_lists_slugs_with_optional_notes(tmp_path: Path) -> None:
    path = write_plan(
        tmp_path, "mini", "title: Mini\nsections:\n  - title: One\n    problems: [a, {slug: b, note: two heaps}]\n"
    )
    plan = load_plan(path)
    assert (plan.slug, plan.title, plan.slugs) == ("mini", "Mini", ["a", "b"])
    assert plan.sections[0].items[1].note == "two heaps"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: X\nsection: []\n", "section: Extra inputs are not permitted"),
        ("title: X\nsections: []\n", "sections: List should have at least 1 item"),
        ("title: X\nsections:\n  - {title: A, problems: [a, a]}\n", "a is in the plan twice"),
        ("title: X\nsections:\n  - {title: A, problems: [Not A Slug]}\n", "sections.0.problems.0.slug"),
        ("title: [unclosed\n", "mini.yaml"),
    ],
)
def test_a_bad_plan_file_is_refused_with_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PlanError, match="mini.yaml") as error:
        load_plan(write_plan(tmp_path, "mini", text))
    assert message in str(error.value)


def test_a_topic_before_its_prerequisite_is_a_warning() -> None:
    assert skipped([[{"arrays"}], [{"two-pointers"}], [{"trees"}], [{"bst"}]]) == []
    assert skipped([[{"bst"}], [{"trees"}]]) == ["section 1 reaches bst before trees, which the plan practises later"]
    assert skipped([[{"sql-joins"}]]) == []  # a prerequisite the plan never practises is assumed known
    assert skipped([[{"trees", "bst"}]]) == []  # in the same section is fine


def test_judge_check_plans_names_unknown_problems_and_skipped_topics(tmp_path: Path) -> None:
    problems = tmp_path / "problems"
    make_problem(problems, "sorted-tree", config={"tags": ["bst"]})
    make_problem(problems, "plain-tree", config={"tags": ["trees"]})
    plans = tmp_path / "plans"
    write_plan(plans, "ok", "title: OK\nsections:\n  - {title: A, problems: [plain-tree, sorted-tree]}\n")
    write_plan(plans, "late", "title: L\nsections:\n  - {title: A, problems: [sorted-tree]}\n"
               "  - {title: B, problems: [plain-tree, nowhere]}\n")  # fmt: skip
    reports = {r.slug: r for r in check_plans(plans, find_packages([problems]))}
    assert reports["plan:ok"].errors == 0 and reports["plan:ok"].warnings == 0
    late = reports["plan:late"].checks[0]
    assert late.errors == ["late.yaml: nowhere: no such problem"]
    assert late.warnings == ["late.yaml: section 1 reaches bst before trees, which the plan practises later"]
    served = PlanRepository.load(plans, {"plain-tree": object(), "sorted-tree": object()})  # type: ignore[dict-item]
    assert list(served.plans) == ["ok"] and "nowhere: no such problem" in served.errors["late"]


def test_the_shipped_plans_name_shipped_problems_in_a_sound_order() -> None:
    reports = check_plans(REPO / "seeds" / "plans", find_packages([REPO / "problems"]))
    assert {r.slug for r in reports} >= {"plan:backend-interview-75", "plan:sql-34", "plan:design", "plan:one-week"}
    for report in reports:
        assert (report.checks[0].errors, report.checks[0].warnings) == ([], []), report.slug
    assert len(load_plan(REPO / "seeds" / "plans" / "backend-interview-75.yaml").slugs) == 75
