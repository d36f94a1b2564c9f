"""Signature types, the JSON comparison and the result channel, without a sandbox."""

from __future__ import annotations

import json

import pytest

from judge.signatures.compare import SignatureChecker
from judge.signatures.harness import starter_code
from judge.signatures.protocol import call_running, extract, harness_message
from judge.signatures.signature import Param, Signature
from judge.signatures.types import SigType, conformance_error


def test_types_parse_and_print() -> None:
    assert SigType.parse("int[][]") == SigType("int", 2)
    assert str(SigType.parse("ListNode[]")) == "ListNode[]"
    with pytest.raises(ValueError, match="not a signature type"):
        SigType.parse("Map<int,int>")


@pytest.mark.parametrize(
    ("value", "kind", "error"),
    [
        (5, "int", None),
        (2**31, "int", "does not fit in int"),
        (2**31, "long", None),
        (True, "int", "should be int but is a boolean"),
        (1, "double", None),
        ("ab", "char", "should be char"),
        ([[1], [2, 3]], "int[][]", None),
        ([[1], 2], "int[][]", "value[1] should be int[] but is an integer"),
        ([1, None], "ListNode", "value[1] should be int but is null"),
        ([3, 9, 20, None, None, 15, 7], "TreeNode", None),
        ([1, None, 2, None], "TreeNode", "no trailing nulls"),
        ([None], "TreeNode", "root of a non-empty tree cannot be null"),
        ([1, None, None, 2], "TreeNode", "has no parent"),
        ([], "TreeNode", None),
    ],
)
def test_conformance(value: object, kind: str, error: str | None) -> None:
    found = conformance_error(value, SigType.parse(kind))
    assert (found is None) if error is None else (found is not None and error in found)


def check(returns: str, expected: object, got: bytes, compare: str = "exact") -> tuple[bool, str]:
    result = SignatureChecker(SigType.parse(returns), compare, 1e-6).check(b"", json.dumps(expected).encode(), got)
    return result.accepted, result.message


def test_comparison_is_typed_and_never_quotes_the_answer() -> None:
    assert check("int[]", [1, 2], b"[1,2]") == (True, "")
    assert check("int[]", [1, 2], b"[2,1]")[0] is False
    assert check("bool", True, b"1") == (False, "the returned value should be bool but is an integer")
    accepted, message = check("string", "secret answer", b'"other"')
    assert not accepted and "secret answer" not in message
    assert check("double", 0.1, b"0.1000000001")[0] and not check("double", 0.1, b"0.1001")[0]
    assert check("int", 1, b"NaN") == (False, "the function's result is not valid JSON (NaN or infinity?)")


def test_any_order_at_the_top_or_at_every_level() -> None:
    assert check("int[][]", [[1, 2], [3]], b"[[3],[1,2]]", "any_order")[0]
    assert not check("int[][]", [[1, 2], [3]], b"[[3],[2,1]]", "any_order")[0]
    assert check("string[][]", [["ab", "ba"], ["c"]], b'[["c"],["ba","ab"]]', "any_order_deep")[0]


def test_the_result_line_needs_the_secret_and_comes_once() -> None:
    secret = b"0123abcd" * 4
    found = extract(b"user says hi\n\x1e" + secret + b" [1,2]\nmore\n", secret)
    assert (found.result, found.user_output) == (b"[1,2]", b"user says hi\nmore\n")
    forged = extract(b"\x1e" + b"f" * 32 + b" [9]\n", secret)
    assert forged.result is None and "did not return" in forged.error
    twice = extract(b"\x1e" + secret + b" [1]\n\x1e" + secret + b" [2]\n", secret)
    assert twice.result is None and "more than one" in twice.error
    assert harness_message(b"Traceback...\njudge: f returned str, expected int[]\n") == "f returned str, expected int[]"


def test_progress_lines_say_where_a_design_run_was_and_are_not_output() -> None:
    secret = b"0123abcd" * 4
    stdout = b"\x1e" + secret + b"@0\nhi \x1e" + secret + b"@17\nthere\n\x1e" + secret + b"@150000\n"
    assert call_running(stdout, secret) == 150_000
    assert call_running(b"\x1e" + b"f" * 32 + b"@9\n", secret) is None  # a forged one is not the harness's
    found = extract(stdout + b"\x1e" + secret + b" [null]\n", secret)
    assert (found.result, found.user_output) == (b"[null]", b"hi there\n")


def test_starter_code_in_each_language_has_leetcode_shapes() -> None:
    signature = Signature(
        "twoSum", (Param("nums", SigType("int", 1)), Param("target", SigType("int"))), SigType("int", 1)
    )
    code = starter_code(signature)
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in code["python"]
    assert "public int[] twoSum(int[] nums, int target) {" in code["java"]
    assert "vector<int> twoSum(vector<int>& nums, int target) {" in code["cpp"]
    assert "var twoSum = function(nums, target) {" in code["javascript"]
    tree = Signature("maxDepth", (Param("root", SigType("TreeNode")),), SigType("int"))
    assert "Definition for a binary tree node." in starter_code(tree)["cpp"]
    assert "int maxDepth(TreeNode* root) {" in starter_code(tree)["cpp"]


@pytest.mark.parametrize(("design", "word"), [({"class": "DB", "methods": [{"name": "delete"}]}, "delete"),
                                              ({"class": "new", "methods": [{"name": "get"}]}, "new"),
                                              ({"class": "DB", "methods": [{"name": "pass"}]}, "pass")])  # fmt: skip
def test_a_method_or_class_named_by_a_keyword_is_refused(design: dict[str, object], word: str) -> None:
    from pydantic import ValidationError

    from judge.problems.config import DesignConfig

    with pytest.raises(ValidationError, match=f"'{word}' is a keyword in one of the harness languages"):
        DesignConfig.model_validate(design)
