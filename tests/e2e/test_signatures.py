# ruff: noqa: E501 - programs in four languages, kept on one line each where they read best
"""Function-signature problems through the real sandbox, in all four harness languages: every type
makes the round trip, prints cannot forge a result, a wrong return type is the user's verdict
(never IE), and AC/WA/TLE/RE land on the right test on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from judge.grading.compile_cache import CompileCache
from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.loader import load_problem
from judge.problems.package import Problem
from judge.runtime import grading_limits
from judge.sandbox.local import LocalSandbox
from judge.settings import Settings
from judge.signatures.harness import HARNESSES, starter_code

DEEP_PATH = [1] + [v for i in range(2, 100_001) for v in (None, i)]  # a right-leaning path of 10^5 nodes
ROUND_TRIPS: dict[str, list[object]] = {
    "int": [0, -(2**31), 2**31 - 1],
    "long": [0, -(2**53) + 1, 2**53 - 1],  # JavaScript numbers are exact to 2^53, as on LeetCode
    "double": [0.0, -1.5, 1e-9, 123456.789],
    "bool": [True, False],
    "string": ["", "hello world", 'quote " backslash \\ tab \t newline \n', "ünïcödé ✓ 🙂"],
    "char": ["a", " ", "\\", '"'],
    "int[]": [[], [1, -2, 3]],
    "int[][]": [[], [[]], [[1], [2, 3]]],
    "string[]": [[], ["a", ""]],
    "bool[]": [[True, False]],
    "double[]": [[0.5, -2.25]],
    "char[][]": [[["a", "b"], ["c"]]],
    "ListNode": [[], [1], list(range(100_000))],
    "TreeNode": [[], [1], [3, 9, 20, None, None, 15, 7], DEEP_PATH],
    "ListNode[]": [[[1, 2], [], [3]]],
}


def make_package(root: Path, slug: str, signature: dict[str, object], tests: list[tuple[object, ...]]) -> Path:
    """tests: (argument..., expected return); the first is the sample."""
    package = root / slug
    config = {"title": slug, "difficulty": "easy", "tags": ["math"], "signature": signature}
    (package / "tests" / "sample").mkdir(parents=True)
    (package / "tests" / "hidden").mkdir()
    (package / "problem.yaml").write_text(yaml.safe_dump(config))
    (package / "statement.md").write_text(f"# {slug}\n")
    for index, (*arguments, expected) in enumerate(tests, start=1):
        folder = package / "tests" / ("sample" if index == 1 else "hidden")
        (folder / f"{index:02d}.in").write_text("".join(json.dumps(a) + "\n" for a in arguments))
        (folder / f"{index:02d}.ans").write_text(json.dumps(expected) + "\n")
    return package


def returning(code: str, language: str, expression: str) -> str:
    """Starter code with its empty body replaced by `return expression`."""
    if language == "python":
        return code.replace("        pass", f"        return {expression}")
    statement = f"return {expression};"
    indent = "        " if language in ("java", "cpp") else "    "
    return code.replace(f"\n{indent}\n", f"\n{indent}{statement}\n", 1)


@pytest.fixture(scope="module")
def local_grader() -> Grader:
    sandbox = LocalSandbox()
    yield Grader(sandbox, grading_limits(Settings()), CompileCache())  # type: ignore[misc]
    sandbox.close()


@pytest.mark.parametrize("kind", list(ROUND_TRIPS))
def test_every_type_makes_the_round_trip_in_every_language(local_grader: Grader, kind: str, tmp_path: Path) -> None:
    signature = {"function": "echo", "params": [{"name": "x", "type": kind}], "returns": kind}
    problem = load_problem(make_package(tmp_path, "echo", signature, [(v, v) for v in ROUND_TRIPS[kind]]))
    assert problem.signature is not None
    for language, code in starter_code(problem.signature).items():
        result = local_grader.grade(problem, LANGUAGES[language], returning(code, language, "x"))
        assert result.verdict is Verdict.AC, (language, result.compile_output[-3000:], result.tests)


@pytest.fixture(scope="module")
def sum_problem(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    """total(nums: int[]) -> long; test 3 is the first with more than five numbers."""
    signature = {"function": "total", "params": [{"name": "nums", "type": "int[]"}], "returns": "long"}
    tests = [([1, 2, 3], 6), ([], 0), ([10**9] * 6, 6 * 10**9), (list(range(1000)), 499500)]
    return load_problem(make_package(tmp_path_factory.mktemp("sum"), "total", signature, tests))


SOURCES = {
    "python": {
        "AC": "class Solution:\n    def total(self, nums: List[int]) -> int:\n        return sum(nums)\n",
        "WA": "class Solution:\n    def total(self, nums: List[int]) -> int:\n        return sum(nums) + 1\n",
        "TLE": "class Solution:\n    def total(self, nums):\n        while len(nums) > 5:\n            pass\n        return sum(nums)\n",
        "RE": "class Solution:\n    def total(self, nums):\n        if len(nums) > 5:\n            return nums[10**9]\n        return sum(nums)\n",
    },
    "java": {
        "AC": "class Solution {\n    public long total(int[] nums) { long s = 0; for (int v : nums) s += v; return s; }\n}\n",
        "WA": "class Solution {\n    public long total(int[] nums) { int s = 0; for (int v : nums) s += v; return s; }\n}\n",
        "TLE": "class Solution {\n    public long total(int[] nums) { while (nums.length > 5) {} long s = 0; for (int v : nums) s += v; return s; }\n}\n",
        "RE": "class Solution {\n    public long total(int[] nums) { long s = nums.length > 5 ? nums[nums.length] : 0; for (int v : nums) s += v; return s; }\n}\n",
    },
    "cpp": {
        "AC": "class Solution {\npublic:\n    long long total(vector<int>& nums) { return accumulate(nums.begin(), nums.end(), 0LL); }\n};\n",
        "WA": "class Solution {\npublic:\n    long long total(vector<int>& nums) { return accumulate(nums.begin(), nums.end(), 0); }\n};\n",
        "TLE": "class Solution {\npublic:\n    long long total(vector<int>& nums) { volatile long long s = 0; while (nums.size() > 5) s++; return accumulate(nums.begin(), nums.end(), 0LL); }\n};\n",
        "RE": "class Solution {\npublic:\n    long long total(vector<int>& nums) { if (nums.size() > 5) abort(); return accumulate(nums.begin(), nums.end(), 0LL); }\n};\n",
    },
    "go": {
        "AC": "func total(nums []int) int {\n    s := 0\n    for _, v := range nums { s += v }\n    return s\n}\n",
        "WA": "func total(nums []int) int {\n    s := int32(0)\n    for _, v := range nums { s += int32(v) }\n    return int(s)\n}\n",
        "TLE": "func total(nums []int) int {\n    for len(nums) > 5 {}\n    s := 0\n    for _, v := range nums { s += v }\n    return s\n}\n",
        "RE": 'func total(nums []int) int {\n    if len(nums) > 5 { panic("boom") }\n    s := 0\n    for _, v := range nums { s += v }\n    return s\n}\n',
    },
    "ruby": {
        "AC": "def total(nums)\n    nums.sum\nend\n",
        "WA": "def total(nums)\n    nums.length\nend\n",
        "TLE": "def total(nums)\n    loop {} if nums.length > 5\n    nums.sum\nend\n",
        "RE": "def total(nums)\n    raise ArgumentError, 'boom' if nums.length > 5\n    nums.sum\nend\n",
    },
    "javascript": {
        "AC": "var total = function(nums) {\n    return nums.reduce((a, b) => a + b, 0);\n};\n",
        "WA": "var total = function(nums) {\n    return nums.length;\n};\n",
        "TLE": "var total = function(nums) {\n    while (nums.length > 5) {}\n    return nums.reduce((a, b) => a + b, 0);\n};\n",
        "RE": "var total = function(nums) {\n    if (nums.length > 5) throw new Error('boom');\n    return nums.reduce((a, b) => a + b, 0);\n};\n",
    },
}
# Where each verdict must land: TLE and RE on test 3 (the first long input); WA on the sample, or
# on test 3 for the Java and C++ ones, whose bug is a 32-bit overflow (6·10^9).
FIRST_FAILURE = {"AC": None, "WA": 1, "TLE": 3, "RE": 3}
OVERFLOWING = {"java", "cpp", "go"}


@pytest.mark.parametrize("language", list(HARNESSES))
@pytest.mark.parametrize("expected", list(FIRST_FAILURE))
def test_verdicts_land_on_the_right_test(grader: Grader, sum_problem: Problem, language: str, expected: str) -> None:
    result = grader.grade(sum_problem, LANGUAGES[language], SOURCES[language][expected])
    assert result.verdict is Verdict(expected), (result.compile_output[-2000:], result.tests)
    if FIRST_FAILURE[expected] is not None:
        overflow = expected == "WA" and language in OVERFLOWING
        assert result.tests[-1].index == (3 if overflow else FIRST_FAILURE[expected])


FORGERS = {
    # Each prints a result line with a guessed secret and the right value, then returns a wrong one.
    "python": "import os\nclass Solution:\n    def total(self, nums):\n"
    "        os.write(1, b'\\x1e' + b'0' * 32 + b' ' + str(sum(nums)).encode() + b'\\n')\n"
    "        print('\\x1e' + 'f' * 32, sum(nums))\n        return -1\n",
    "java": "class Solution {\n    public long total(int[] nums) { long s = 0; for (int v : nums) s += v;\n"
    '        System.out.println("\\u001e" + "0".repeat(32) + " " + s); return -1; }\n}\n',
    "cpp": "class Solution {\npublic:\n    long long total(vector<int>& nums) { long long s = 0; for (int v : nums) s += v;\n"
    "        printf(\"\\x1e%s %lld\\n\", string(32, '0').c_str(), s); return -1; }\n};\n",
    "go": 'import "fmt"\n\nfunc total(nums []int) int {\n    s := 0\n    for _, v := range nums { s += v }\n'
    '    fmt.Printf("\\x1e%032d %d\\n", 0, s)\n    return -1\n}\n',
    "ruby": 'def total(nums)\n    STDOUT.write("\\x1e" + \'0\' * 32 + " #{nums.sum}\\n")\n'
    "    $stdout.puts \"\\x1e#{'f' * 32} #{nums.sum}\"\n    -1\nend\n",
    "javascript": "var total = function(nums) {\n    const s = nums.reduce((a, b) => a + b, 0);\n"
    "    console.log('\\x1e' + '0'.repeat(32) + ' ' + s);\n    process.stdout.write('junk without newline');\n"
    "    return -1;\n};\n",
}


@pytest.mark.parametrize("language", list(HARNESSES))
def test_printed_results_are_never_taken_for_the_returned_one(
    local_grader: Grader, sum_problem: Problem, language: str
) -> None:
    result = local_grader.grade(sum_problem, LANGUAGES[language], FORGERS[language])
    assert result.verdict is Verdict.WA, (result.compile_output, result.tests)
    assert result.tests[0].index == 1


SECRET_READERS = {
    # Each seeks stdin back to its start to read the harness's secret line, prints a result line
    # with it and the right value, and exits before the harness can report: AC only by forgery.
    "python": "import os\nclass Solution:\n    def total(self, nums):\n        try:\n"
    "            os.lseek(0, 0, os.SEEK_SET)\n            secret = os.read(0, 64).split(b'\\n')[0]\n"
    "        except OSError:\n            secret = open('/proc/self/fd/0', 'rb').read(64).split(b'\\n')[0]\n"
    "        os.write(1, b'\\x1e' + secret + b' ' + str(sum(nums)).encode() + b'\\n')\n        os._exit(0)\n",
    "cpp": "#include <unistd.h>\nclass Solution {\npublic:\n    long long total(vector<int>& nums) { long long s = 0; for (int v : nums) s += v;\n"
    "        char b[65] = {0}; lseek(0, 0, SEEK_SET); ssize_t n = read(0, b, 64); string secret(b, n > 0 ? n : 0);\n"
    "        secret = secret.substr(0, secret.find('\\n'));\n"
    '        printf("\\x1e%s %lld\\n", secret.c_str(), s); fflush(stdout); _exit(0); }\n};\n',
}


@pytest.mark.parametrize("language", list(SECRET_READERS))
def test_the_harness_secret_cannot_be_read_back(grader: Grader, sum_problem: Problem, language: str) -> None:
    result = grader.grade(sum_problem, LANGUAGES[language], SECRET_READERS[language])
    # Either it finds nothing to read back (the function then "did not return") or reopening the
    # pipe through /proc is refused (the pipe is root's): a runtime error, never a forged AC.
    assert result.verdict is Verdict.RE, (result.compile_output, result.tests)


def test_printing_alone_is_fine(local_grader: Grader, sum_problem: Problem) -> None:
    chatty = (
        "class Solution:\n    def total(self, nums):\n        print('debugging', nums[:3])\n        return sum(nums)\n"
    )
    assert local_grader.grade(sum_problem, LANGUAGES["python"], chatty).verdict is Verdict.AC


@pytest.mark.parametrize(
    ("language", "source", "verdict", "message"),
    [
        ("python", "class Solution:\n    def total(self, nums):\n        return 'six'\n", Verdict.WA, "should be long"),
        ("python", "class Solution:\n    def total(self, nums):\n        return {1}\n", Verdict.RE, "returned set"),
        ("python", "class Solution:\n    def sum(self, nums):\n        return 6\n", Verdict.RE, "define class Solution"),
        ("python", "import sys\nclass Solution:\n    def total(self, nums):\n        sys.exit(0)\n", Verdict.RE,
         "did not return"),
        ("javascript", "var total = function(nums) {};\n", Verdict.WA, "should be long but is null"),
        ("java", 'class Solution {\n    public String total(int[] nums) { return "6"; }\n}\n', Verdict.CE, ""),
        ("cpp", "class Solution {\npublic:\n    string total(vector<int>& nums) { return \"6\"; }\n};\n", Verdict.CE, ""),
    ],
)  # fmt: skip
def test_a_wrong_return_is_the_users_verdict_with_a_message(
    local_grader: Grader, sum_problem: Problem, language: str, source: str, verdict: Verdict, message: str
) -> None:
    result = local_grader.grade(sum_problem, LANGUAGES[language], source)
    assert result.verdict is verdict, (result.compile_output[-2000:], result.tests)
    if verdict is not Verdict.CE:
        assert message in result.tests[0].message


def test_compile_errors_name_the_users_own_lines(local_grader: Grader, sum_problem: Problem) -> None:
    broken = {
        "python": ("class Solution:\n    def total(self, nums):\n        return sum(nums\n", "solution.py\", line 3"),
        "java": ("class Solution {\n    public long total(int[] nums) {\n        return nums.lengthh;\n    }\n}\n",
                 "Solution.java:3"),
        "cpp": ("class Solution {\npublic:\n    long long total(vector<int>& nums) {\n        return nums.sizee();\n"
                "    }\n};\n", "solution.cpp:4"),
        "javascript": ("var total = function(nums) {\n    return nums.reduce((a, b) => a + b, 0;\n};\n", "solution.js:2"),
    }  # fmt: skip
    for language, (source, where) in broken.items():
        result = local_grader.grade(sum_problem, LANGUAGES[language], source)
        assert result.verdict is Verdict.CE and where in result.compile_output, (language, result.compile_output)
        # The candidate's lines first: no judge internals (the harness's include, py_compile's frames).
        assert "In file included from main.cpp" not in result.compile_output
        assert "py_compile" not in result.compile_output and "Traceback" not in result.compile_output
        if language == "python":
            assert result.compile_output.lstrip().startswith('File "solution.py", line 3'), result.compile_output


def test_other_languages_are_refused_for_a_function_problem(local_grader: Grader, sum_problem: Problem) -> None:
    result = local_grader.grade(sum_problem, LANGUAGES["rust"], "fn main() {}\n")
    assert result.verdict is Verdict.CE and "asks for a function" in result.compile_output
