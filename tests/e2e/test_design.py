"""Design problems (a class driven by a list of operations) through the real sandbox on both
backends, in the languages with a design harness: AC, a wrong value named by its call, a wrong
type, a constructor that throws, a too-slow structure, prints that cannot forge the result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from judge.grading.grader import Grader
from judge.grading.verdicts import Verdict
from judge.languages import LANGUAGES
from judge.problems.loader import load_native
from judge.problems.package import Problem
from judge.signatures.harness import starter_code
from tests.e2e.conftest import PROBLEMS

DESIGN = {
    "class": "MinStack",
    "constructor": [],
    "methods": [
        {"name": "push", "params": [{"name": "val", "type": "int"}]},
        {"name": "pop"},
        {"name": "top", "returns": "int"},
        {"name": "getMin", "returns": "int"},
        {"name": "snapshot", "returns": "int[]"},
    ],
}
SAMPLE = (
    ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin", "snapshot"],
    [[], [-2], [0], [-3], [], [], [], [], []],
    [None, None, None, None, -3, None, 0, -2, [-2, 0]],
)
BIG = 200_000  # calls in the hidden test: a linear-time getMin makes it quadratic


def big_test() -> tuple[list[str], list[list[int]], list[object]]:
    names, arguments, answer = ["MinStack"], [[]], [None]
    for i in range(BIG // 2):
        names += ["push", "getMin"]
        arguments += [[BIG - i], []]
        answer += [None, BIG - i]
    return names, arguments, answer


@pytest.fixture(scope="module")
def min_stack(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    package = tmp_path_factory.mktemp("design") / "min-stack"
    (package / "tests" / "sample").mkdir(parents=True)
    (package / "tests" / "hidden").mkdir()
    # 2·10^5 calls cost the harnesses themselves 0.2-0.6 s (parsing, converting, writing each value).
    config = {"title": "Min Stack", "difficulty": "easy", "tags": ["stacks"], "limits": {"time_ms": 3000}}
    (package / "problem.yaml").write_text(yaml.safe_dump({**config, "design": DESIGN}))
    (package / "statement.md").write_text("A stack that knows its minimum.\n")
    for folder, (names, arguments, answer) in [("sample", SAMPLE), ("hidden", big_test())]:
        (package / "tests" / folder / "01.in").write_text(json.dumps(names) + "\n" + json.dumps(arguments) + "\n")
        (package / "tests" / folder / "01.ans").write_text(json.dumps(answer) + "\n")
    return load_native(package)


GOOD = """
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, val: int) -> None:
        if val == -3:
            print("pushing", val)  # prints are the user's own: never the result
        self.items.append(val)
        self.mins.append(min(val, self.mins[-1]) if self.mins else val)

    def pop(self) -> None:
        self.items.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]

    def snapshot(self) -> List[int]:
        return list(self.items)
"""


def variant(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


def test_the_starter_code_is_the_class_to_write() -> None:
    problem_design = load_design()
    python = starter_code(problem_design)["python"]
    assert "class MinStack:" in python and "    def push(self, val: int) -> None:" in python
    assert "    def snapshot(self) -> List[int]:" in python


def load_design():  # noqa: ANN201
    from judge.problems.config import DesignConfig

    return DesignConfig.model_validate(DESIGN).to_design()


def test_a_right_class_is_accepted(grader: Grader, min_stack: Problem) -> None:
    result = grader.grade(min_stack, LANGUAGES["python"], GOOD)
    assert result.verdict is Verdict.AC, result.tests
    assert len(result.tests) == 2


@pytest.mark.parametrize(
    ("source", "verdict", "message"),
    [
        (
            variant("return self.mins[-1]", "return min(self.items[:2])"),
            Verdict.WA,
            "call 4, getMin(): expected -3, got -2",
        ),
        (
            variant("return self.items[-1]", "return str(self.items[-1])"),
            Verdict.WA,
            "call 6, top(): the returned value should be int but is a string",
        ),
        (variant("self.items = []", "self.items = [][0]"), Verdict.RE, "the constructor raised IndexError"),
        (variant("self.items.pop()", "self.items.pop(5)"), Verdict.RE, "call 5, pop raised IndexError"),
        (
            variant("return list(self.items)", "return object()"),
            Verdict.RE,
            "call 8, snapshot returned object, expected int[]",
        ),
        # A scalar result is encoded only at the end of the run: still named by its call.
        (
            variant("return self.items[-1]", "return float('nan')"),
            Verdict.RE,
            "call 6, top returned float, expected int",
        ),
        (variant("return self.items[-1]", "return object()"), Verdict.RE, "call 6, top returned object, expected int"),
        (
            variant("return list(self.items)", "return {'a': 1}"),
            Verdict.WA,
            "call 8, snapshot(): the returned value[0] should be int but is a string",
        ),
        (variant("return self.mins[-1]", "return min(self.items)"), Verdict.TLE, ""),
        (GOOD.replace("class MinStack:", "class Stack:"), Verdict.RE, "define class MinStack"),
    ],
)
def test_each_failure_gets_its_verdict_and_names_the_call(
    grader: Grader, min_stack: Problem, source: str, verdict: Verdict, message: str
) -> None:
    result = grader.grade(min_stack, LANGUAGES["python"], source)
    assert result.verdict is verdict, result.tests
    assert message in result.tests[-1].message


def test_a_printed_result_line_is_just_output(grader: Grader, min_stack: Problem) -> None:
    forged = variant('print("pushing", val)', 'print("\\x1eforged [null]")')
    result = grader.grade(min_stack, LANGUAGES["python"], forged)
    assert result.verdict is Verdict.AC


def test_a_language_without_a_design_harness_is_refused(grader: Grader, min_stack: Problem) -> None:
    result = grader.grade(min_stack, LANGUAGES["rust"], "fn main() {}\n")
    assert result.verdict is Verdict.CE and "asks for a class" in result.compile_output


def test_judge_check_validates_the_operations(min_stack: Problem, tmp_path: Path) -> None:
    from judge.checking.report import CheckRecord
    from judge.checking.steps import check_design_operations

    record = CheckRecord("input-validator")
    check_design_operations(min_stack, record)
    assert record.errors == []
    broken = tmp_path / "01.in"
    broken.write_text(json.dumps(["MinStack", "push", "peek"]) + "\n" + json.dumps([[], ["x"], []]) + "\n")
    from judge.signatures.design import operations_errors

    assert operations_errors(min_stack.design, broken.read_text()) == [  # type: ignore[arg-type]
        "operation 2, push: val should be int but is a string",
        "operation 3: MinStack has no method 'peek'",
    ]


JS_GOOD = """
class MinStack {
    constructor() { this.items = []; this.mins = []; }
    push(val) {
        this.items.push(val);
        this.mins.push(this.mins.length ? Math.min(val, this.mins[this.mins.length - 1]) : val);
    }
    pop() { this.items.pop(); this.mins.pop(); }
    top() { return this.items[this.items.length - 1]; }
    getMin() { return this.mins[this.mins.length - 1]; }
    snapshot() { return [...this.items]; }
}
"""
JS_PROTOTYPES = """
var MinStack = function() { this.items = []; };
MinStack.prototype.push = function(val) { this.items.push(val); };
MinStack.prototype.pop = function() { this.items.pop(); };
MinStack.prototype.top = function() { return this.items[this.items.length - 1]; };
MinStack.prototype.getMin = function() { return this.items[this.items.length - 1]; };
MinStack.prototype.snapshot = function() { return this.items.slice(); };
"""


JS_CASES = [
    (JS_GOOD, Verdict.AC, ""),
    (JS_PROTOTYPES, Verdict.WA, "call 7, getMin(): expected -2, got 0"),
    (JS_GOOD.replace("this.items = [];", "this.items = null.x;"), Verdict.RE, "the constructor raised TypeError"),
    (
        JS_GOOD.replace("return [...this.items];", 'return "a";'),
        Verdict.WA,
        "call 8, snapshot(): the returned value should be int[] but is a string",
    ),
    (JS_GOOD.replace("class MinStack", "class Stack"), Verdict.RE, "define class MinStack"),
]


JAVA_GOOD = """
class MinStack {
    private final Deque<Integer> items = new ArrayDeque<>();
    private final Deque<Integer> mins = new ArrayDeque<>();

    public MinStack() {}

    public void push(int val) {
        System.out.println("pushing " + val);  // prints are the user's own
        items.push(val);
        mins.push(mins.isEmpty() ? val : Math.min(val, mins.peek()));
    }

    public void pop() { items.pop(); mins.pop(); }

    public int top() { return items.peek(); }

    public int getMin() { return mins.peek(); }

    public int[] snapshot() {
        int[] out = new int[items.size()];
        Iterator<Integer> it = items.descendingIterator();
        for (int i = 0; it.hasNext(); i++) out[i] = it.next();
        return out;
    }
}
"""


JAVA_CASES = [
    (JAVA_GOOD, Verdict.AC, ""),
    (
        JAVA_GOOD.replace("return mins.peek();", "return items.peek();"),
        Verdict.WA,
        "call 7, getMin(): expected -2, got 0",
    ),
    (
        JAVA_GOOD.replace("public MinStack() {}", 'public MinStack() { throw new IllegalStateException("no"); }'),
        Verdict.RE,
        "the constructor raised IllegalStateException: no",
    ),
    (
        JAVA_GOOD.replace("items.pop(); mins.pop(); }", "items.clear(); items.pop(); }"),
        Verdict.RE,
        "call 5, pop raised NoSuchElementException",
    ),
    (JAVA_GOOD.replace("public int getMin()", "public long getMin()"), Verdict.CE, ""),
]


CPP_GOOD = """
class MinStack {
    vector<int> items, mins;

public:
    MinStack() {}

    void push(int val) {
        cout << "pushing " << val << "\\n";  // prints are the user's own
        items.push_back(val);
        mins.push_back(mins.empty() ? val : min(val, mins.back()));
    }

    void pop() { items.pop_back(); mins.pop_back(); }

    int top() { return items.back(); }

    int getMin() { return mins.back(); }

    vector<int> snapshot() { return items; }
};
"""
CPP_CASES = [
    (CPP_GOOD, Verdict.AC, ""),
    (
        CPP_GOOD.replace("return mins.back();", "return items.back();"),
        Verdict.WA,
        "call 7, getMin(): expected -2, got 0",
    ),
    (
        CPP_GOOD.replace("MinStack() {}", 'MinStack() { throw runtime_error("no stack today"); }'),
        Verdict.RE,
        "the constructor raised an exception: no stack today",
    ),
    (
        CPP_GOOD.replace("void pop() { items.pop_back();", "void pop() { items.at(99);"),
        Verdict.RE,
        "call 5, pop raised an exception: vector::_M_range_check",
    ),
    (CPP_GOOD.replace("int getMin()", "string getMin()"), Verdict.CE, ""),
]


RUBY_GOOD = """
class MinStack
    def initialize()
        @items = []
        @mins = []
    end

    def push(val)
        puts "pushing #{val}" if val == -3  # prints are the user's own
        @items.push(val)
        @mins.push(@mins.empty? ? val : [val, @mins[-1]].min)
    end

    def pop()
        @items.pop
        @mins.pop
    end

    def top()
        @items[-1]
    end

    def get_min()
        @mins[-1]
    end

    def snapshot()
        @items.dup
    end
end
"""
RUBY_CASES = [
    (RUBY_GOOD, Verdict.AC, ""),
    (
        RUBY_GOOD.replace("        @mins[-1]\n", "        @items[-1]\n"),
        Verdict.WA,
        "call 7, getMin(): expected -2, got 0",
    ),
    (RUBY_GOOD.replace("@items = []", "@items = [].fetch(3)"), Verdict.RE, "the constructor raised IndexError"),
    (
        RUBY_GOOD.replace("        @items.dup\n", "        'all'\n"),
        Verdict.WA,
        "call 8, snapshot(): the returned value should be int[] but is a string",
    ),
    (RUBY_GOOD.replace("def get_min()", "def minimum()"), Verdict.RE, "MinStack has no method get_min"),
    # A scalar result is encoded only at the end of the run: still named by its call.
    (
        RUBY_GOOD.replace("        @items[-1]\n", "        Float::NAN\n"),
        Verdict.RE,
        "call 6, top returned Float, expected int",
    ),
]


GO_GOOD = """
import "fmt"

type MinStack struct {
    items, mins []int
}

func Constructor() MinStack {
    return MinStack{}
}

func (this *MinStack) Push(val int) {
    if val == -3 {
        fmt.Println("pushing", val) // prints are the user's own
    }
    this.items = append(this.items, val)
    if len(this.mins) == 0 || val < this.mins[len(this.mins)-1] {
        this.mins = append(this.mins, val)
    } else {
        this.mins = append(this.mins, this.mins[len(this.mins)-1])
    }
}

func (this *MinStack) Pop() {
    this.items = this.items[:len(this.items)-1]
    this.mins = this.mins[:len(this.mins)-1]
}

func (this *MinStack) Top() int { return this.items[len(this.items)-1] }

func (this *MinStack) GetMin() int { return this.mins[len(this.mins)-1] }

func (this *MinStack) Snapshot() []int { return append([]int(nil), this.items...) }
"""
GO_CASES = [
    (GO_GOOD, Verdict.AC, ""),
    (GO_GOOD.replace("return this.mins[len(this.mins)-1] }", "return this.items[len(this.items)-1] }"),
     Verdict.WA, "call 7, getMin(): expected -2, got 0"),
    (GO_GOOD.replace("return MinStack{}", 'panic("no stack today")'), Verdict.RE,
     "the constructor raised a panic: no stack today"),
    (GO_GOOD.replace("this.items = this.items[:len(this.items)-1]", "this.items = this.items[:len(this.items)+5]"),
     Verdict.RE, "call 5, pop raised a panic: runtime error: slice bounds out of range"),
    (GO_GOOD.replace("func (this *MinStack) GetMin() int", "func (this *MinStack) GetMin() string")
     .replace("return this.mins[len(this.mins)-1] }", 'return "x" }'), Verdict.CE, ""),
]  # fmt: skip


# Every harness language drives the same min stack: right, wrong by a call, raising, or not compiling.
LANGUAGE_CASES = [
    (language, *case)
    for language, cases in [
        ("javascript", JS_CASES), ("java", JAVA_CASES), ("cpp", CPP_CASES), ("ruby", RUBY_CASES), ("go", GO_CASES),
    ]
    for case in cases
]  # fmt: skip


@pytest.mark.parametrize(("language", "source", "verdict", "message"), LANGUAGE_CASES)
def test_every_harness_language_drives_the_class(
    grader: Grader, min_stack: Problem, language: str, source: str, verdict: Verdict, message: str
) -> None:
    result = grader.grade(min_stack, LANGUAGES[language], source)
    assert result.verdict is verdict, (result.compile_output[-2000:], result.tests)
    if verdict is not Verdict.CE:
        assert message in result.tests[-1].message


# A structure that is fast until the 75,000th getMin, call 150,000 of the big test, and then never
# returns: the harness's progress thread names that call although the run is killed inside it.
HANGS = {
    "python": variant(
        "        return self.mins[-1]",
        "        self.asked = getattr(self, 'asked', 0) + 1\n"
        "        while self.asked == 75_000:\n"
        "            pass\n"
        "        return self.mins[-1]",
    ),
    "javascript": JS_GOOD.replace(
        "getMin() {", "getMin() { this.asked = (this.asked || 0) + 1; while (this.asked === 75000) {}"
    ),
    "java": JAVA_GOOD.replace(
        "public int getMin() {", "int asked;\n    public int getMin() { if (++asked == 75000) while (true) {}"
    ),
    "cpp": CPP_GOOD.replace(
        "int getMin() {",
        "long asked = 0;\n    int getMin() { if (++asked == 75000) { volatile long spin = 0; for (;;) spin++; }",
    ),
    "ruby": RUBY_GOOD.replace(
        "    def get_min()\n",
        "    def get_min()\n        @asked = (@asked || 0) + 1\n        loop {} if @asked == 75_000\n",
    ),
    "go": GO_GOOD.replace(
        "func (this *MinStack) GetMin() int {",
        "var asked int\n\nfunc (this *MinStack) GetMin() int {\n    asked++\n    for asked == 75000 {\n    }\n   ",
    ),
}


@pytest.mark.parametrize("language", sorted(HANGS))
def test_a_call_that_never_returns_is_named_in_the_tle(grader: Grader, min_stack: Problem, language: str) -> None:
    result = grader.grade(min_stack, LANGUAGES[language], HANGS[language])
    assert result.verdict is Verdict.TLE, (result.compile_output[-2000:], result.tests)
    assert result.tests[-1].message == "time limit exceeded in call 150,000 of 200,000, getMin()"


# A randomised method: the problem's checker program judges getRandom by its distribution, after
# the judge has checked every returned value's type.
RANDOM_DESIGN = {
    "class": "RandomizedSet",
    "constructor": [],
    "methods": [
        {"name": "insert", "params": [{"name": "val", "type": "int"}], "returns": "bool"},
        {"name": "remove", "params": [{"name": "val", "type": "int"}], "returns": "bool"},
        {"name": "getRandom", "returns": "int"},
    ],
}
RANDOM_GOOD = """
import random

class RandomizedSet:
    def __init__(self):
        self.items, self.where = [], {}

    def insert(self, val):
        if val in self.where:
            return False
        self.where[val] = len(self.items)
        self.items.append(val)
        return True

    def remove(self, val):
        if val not in self.where:
            return False
        index, last = self.where.pop(val), self.items.pop()
        if last != val:
            self.items[index], self.where[last] = last, index
        return True

    def getRandom(self):
        return random.choice(self.items)
"""


@pytest.fixture(scope="module")
def random_set(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    package = tmp_path_factory.mktemp("design") / "random-set"
    (package / "tests" / "sample").mkdir(parents=True)
    config = {"title": "Random Set", "difficulty": "medium", "checker": {"program": "checker.py"}}
    (package / "problem.yaml").write_text(yaml.safe_dump({**config, "design": RANDOM_DESIGN}))
    (package / "statement.md").write_text("A set that picks an element at random.\n")
    shutil.copy(PROBLEMS / "random-pick-set" / "checker.py", package / "checker.py")
    names = ["RandomizedSet", *["insert"] * 5, "remove", "remove", "insert", *["getRandom"] * 2000]
    arguments = [[], *[[v] for v in (1, 2, 3, 4, 5)], [3], [3], [3], *[[]] * 2000]
    answer = [None, *[True] * 5, True, False, True, *[1] * 2000]  # getRandom's answers are not read
    (package / "tests" / "sample" / "01.in").write_text(json.dumps(names) + "\n" + json.dumps(arguments) + "\n")
    (package / "tests" / "sample" / "01.ans").write_text(json.dumps(answer) + "\n")
    return load_native(package)


def random_variant(old: str, new: str) -> str:
    assert old in RANDOM_GOOD
    return RANDOM_GOOD.replace(old, new)


@pytest.mark.parametrize(
    ("source", "verdict", "message"),
    [
        (RANDOM_GOOD, Verdict.AC, ""),
        (
            random_variant("random.choice(self.items)", "self.items[random.randint(0, len(self.items) - 2)]"),
            Verdict.WA,
            "calls 9-2,008 (getRandom 2,000 times on a set of 5): 1 element(s) of the set were never returned",
        ),
        (
            random_variant(
                "return random.choice(self.items)",
                "self.turn = getattr(self, 'turn', -1) + 1\n        return self.items[self.turn % len(self.items)]",
            ),
            Verdict.WA,
            "the previous call's value came again 0 times; independent uniform choices do that 400 +-",
        ),
        (
            random_variant("return random.choice(self.items)", "return 7"),
            Verdict.WA,
            "call 9, getRandom(): returned 7, which is not in the set",
        ),
        (
            random_variant(
                "self.items.append(val)\n        return True", "self.items.append(val)\n        return val != 3"
            ),
            Verdict.WA,
            "call 3, insert(3): expected true, got false",
        ),
        (
            random_variant("return random.choice(self.items)", "return str(random.choice(self.items))"),
            Verdict.WA,
            "call 9, getRandom(): the returned value should be int but is a string",
        ),
    ],
)
def test_a_random_method_is_judged_by_its_distribution(
    grader: Grader, random_set: Problem, source: str, verdict: Verdict, message: str
) -> None:
    result = grader.grade(random_set, LANGUAGES["python"], source)
    assert result.verdict is verdict, result.tests
    assert message in result.tests[-1].message


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    """Min stack again, with snapshots taken between pushes and pops."""
    package = tmp_path_factory.mktemp("design") / "snapshots"
    (package / "tests" / "sample").mkdir(parents=True)
    config = {"title": "Min Stack", "difficulty": "easy", "tags": ["stacks"]}
    (package / "problem.yaml").write_text(yaml.safe_dump({**config, "design": DESIGN}))
    (package / "statement.md").write_text("A stack that knows its minimum.\n")
    names = ["MinStack", "push", "snapshot", "push", "snapshot", "pop", "snapshot", "top"]
    arguments = [[], [5], [], [7], [], [], [], []]
    answer = [None, None, [5], None, [5, 7], None, [5], 5]
    (package / "tests" / "sample" / "01.in").write_text(json.dumps(names) + "\n" + json.dumps(arguments) + "\n")
    (package / "tests" / "sample" / "01.ans").write_text(json.dumps(answer) + "\n")
    return load_native(package)


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("python", GOOD.replace("return list(self.items)", "return self.items")),
        ("ruby", RUBY_GOOD.replace("@items.dup", "@items")),
    ],
)
def test_a_returned_list_is_what_it_was_at_its_call(
    grader: Grader, snapshots: Problem, language: str, source: str
) -> None:
    """The harnesses encode results late (once, for speed), but a class that returns its own list
    and changes it afterwards is judged on the list as it was returned."""
    result = grader.grade(snapshots, LANGUAGES[language], source)
    assert result.verdict is Verdict.AC, result.tests
