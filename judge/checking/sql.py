"""`judge check`'s steps for an SQL package: the datasets fit the schema, the answers are results,
and the answers do not depend on the order rows were inserted in (a LIMIT among ties, an ORDER BY
that is not total) unless the comparison forgives it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge.checking.report import CheckRecord
from judge.grading.checkers import CheckerError
from judge.problems.package import Problem
from judge.sql.datasets import Dataset, DatasetError, dumps_dataset, parse_dataset, parse_result, schema_errors
from judge.sql.engine import SqlProgram
from judge.sql.grading import check_result

if TYPE_CHECKING:
    from judge.checking.steps import Toolbox


def relative(problem: Problem, path) -> str:  # noqa: ANN001
    from judge.checking.steps import relative as relative_path

    return relative_path(problem, path)


def check_datasets(problem: Problem, record: CheckRecord) -> dict[str, Dataset]:
    """Every dataset is valid JSON of the dataset format, names only tables and columns of the
    schema, and gives every table (an absent table would be an empty one by accident)."""
    assert problem.sql is not None
    datasets = {}
    for test in problem.tests:
        name = relative(problem, test.input_path)
        try:
            dataset = parse_dataset(test.read_input())
        except DatasetError as e:
            record.error(f"{name}: not a dataset: {e}")
            continue
        for error in schema_errors(dataset, problem.sql.schema, complete=True):
            record.error(f"{name}: {error}")
        datasets[test.name] = dataset
    return datasets


def check_answers(problem: Problem, record: CheckRecord) -> None:
    """Each answer is a result of the problem's kind, and equal to itself by the problem's rules."""
    assert problem.sql is not None
    for test in problem.tests:
        name = relative(problem, test.answer_path)
        try:
            answer = parse_result(test.read_answer())
        except DatasetError as e:
            record.error(f"{name}: not an SQL result: {e}")
            continue
        if problem.sql.writes and answer.tables is None:
            record.error(f'{name}: a write problem\'s answer is {{"tables": {{...}}}}')
            continue
        if not problem.sql.writes and answer.tables is not None:
            record.error(f'{name}: the answer of a query is {{"columns": [...], "rows": [...]}}')
            continue
        if answer.columns is not None:
            columns = {column.casefold() for column in answer.columns}
            for column in problem.sql.order_by:
                if column.casefold() not in columns:
                    record.error(f"{name}: sql.order_by names {column}, which is not a column of the result")
        try:
            if not check_result(problem.sql, answer, answer).accepted:
                record.error(f"{name}: the comparison rejects the answer itself")
        except CheckerError as e:
            record.error(f"{name}: {e}")


def reversed_rows(dataset: Dataset) -> bytes:
    return dumps_dataset({name: (table.columns, table.rows[::-1]) for name, table in dataset.root.items()})


def check_insert_order(problem: Problem, record: CheckRecord, toolbox: Toolbox, datasets: dict[str, Dataset]) -> None:
    """The reference on each dataset with its rows inserted in reverse: a result the comparison
    tells apart from the answer means the answer depends on an order the problem does not fix."""
    from judge.checking.generation import GeneratorError, sql_reference

    assert problem.sql is not None
    try:
        solution = sql_reference(problem)
    except GeneratorError:
        return  # check_solutions reports the missing reference
    language = solution.language
    assert language is not None
    tests = [test for test in problem.tests if test.name in datasets]
    program = SqlProgram(problem.sql, language, solution.path.read_text(encoding="utf-8"))
    limits = toolbox.limits.for_problem(problem)
    with toolbox.sandbox.session() as session:
        program.prepare(session)
        batch = program.run(session, [reversed_rows(datasets[t.name]) for t in tests], limits, keep_going=True)
    for test, run in zip(tests, batch.runs, strict=False):
        if run.result is None:
            continue  # judged on the real datasets below, with a proper message
        try:
            checked = check_result(problem.sql, parse_result(test.read_answer()), run.result)
        except (CheckerError, DatasetError):
            continue  # check_answers reports it
        if not checked.accepted:
            record.warn(
                f"{relative(problem, test.input_path)}: {solution.label} gives another result with the rows "
                f"inserted in reverse ({checked.message}): the answer depends on an order the problem does not "
                "fix (LIMIT among ties? ORDER BY that is not total?)"
            )
