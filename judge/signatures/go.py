"""The Go harness: `main.go` (package main) defines ListNode and TreeNode, reads the test while
package variables are initialised (before any of the user's code), and calls the user's function
from `solution.go` — LeetCode's shape: `func twoSum(nums []int, target int) []int`, or for a design
problem `type MinStack struct`, `func Constructor() MinStack` and methods `func (this *MinStack)
Push(val int)`. The user's file gets `package main` put in front (with a //line directive, so
compiler messages keep its own line numbers); its imports are its own."""

from __future__ import annotations

from dataclasses import replace

from judge.languages import Language
from judge.signatures.design import Design
from judge.signatures.signature import Param, Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

SCALAR = {"int": "int", "long": "int", "double": "float64", "bool": "bool", "string": "string", "char": "byte"}
READ = {
    "int": "judgeInt(o)", "long": "judgeInt(o)", "double": "judgeFloat(o)", "bool": "o.(bool)",
    "string": "o.(string)", "char": "o.(string)[0]", "ListNode": "judgeToList(o)", "TreeNode": "judgeToTree(o)",
}  # fmt: skip
WRITE = {
    "int": "sb.WriteString(strconv.Itoa(v))",
    "long": "sb.WriteString(strconv.Itoa(v))",
    "double": "judgeWriteDouble(sb, v)",
    "bool": "sb.WriteString(strconv.FormatBool(v))",
    "string": "judgeQuote(sb, v)",
    "char": "judgeQuote(sb, string([]byte{v}))",
    "ListNode": "judgeWriteList(sb, v)",
    "TreeNode": "judgeWriteTree(sb, v)",
}
HEADER = "package main\n//line solution.go:1\n"


def go_type(kind: SigType) -> str:
    if kind.depth:
        return "[]" + go_type(kind.element)
    return f"*{kind.base}" if kind.base in ("ListNode", "TreeNode") else SCALAR[kind.base]


def reader(kind: SigType) -> str:
    if kind.depth == 0:
        body = f"return {READ[kind.base]}"
    else:
        body = (
            f"items := judgeItems(o); result := make({go_type(kind)}, len(items)); "
            f"for i, item := range items {{ result[i] = judgeRead_{kind.element.name}(item) }}; return result"
        )
    return f"func judgeRead_{kind.name}(o interface{{}}) {go_type(kind)} {{ {body} }}\n"


def writer(kind: SigType) -> str:
    if kind.depth == 0:
        body = WRITE[kind.base]
    else:
        # A nil slice is Go's empty one: written as [].
        body = (
            "sb.WriteByte('['); for i, item := range v { if i > 0 { sb.WriteByte(',') }; "
            f"judgeWrite_{kind.element.name}(sb, item) }}; sb.WriteByte(']')"
        )
    return f"func judgeWrite_{kind.name}(sb *strings.Builder, v {go_type(kind)}) {{ {body} }}\n"


def helpers(types: list[SigType]) -> str:
    return "".join(reader(kind) + writer(kind) for kind in types)


def harness(signature: Signature) -> str:
    reads = "".join(
        f"\ta{i} := judgeRead_{p.type.name}(judgeParse(judgeLines[{i}]))\n" for i, p in enumerate(signature.params)
    )
    arguments = ", ".join(f"a{i}" for i in range(len(signature.params)))
    main = (
        f"func main() {{\n{reads}\tanswer := {signature.function}({arguments})\n"
        f"\tvar sb strings.Builder\n\tjudgeWrite_{signature.returns.name}(&sb, answer)\n\tjudgeReport(&sb)\n}}\n"
    )
    return fill("main.go", helpers=helpers(signature.types()), main=main)


def exported(name: str) -> str:
    """LeetCode's Go methods: getMin is GetMin."""
    return name[:1].upper() + name[1:]


def arguments(params: tuple[Param, ...], source: str) -> str:
    return ", ".join(f"judgeRead_{p.type.name}({source}[{i}])" for i, p in enumerate(params))


def design_harness(design: Design) -> str:
    cases = []
    for method in design.methods:
        call = f"object.{exported(method.name)}({arguments(method.params, 'a')})"
        if method.returns is None:
            action = f'{call}; sb.WriteString("null")'
        else:
            action = f"judgeWrite_{method.returns.name}(&sb, {call})"
        cases.append(f'\t\tcase "{method.name}":\n\t\t\t{action}\n')
    main = f"""func main() {{
	names := judgeItems(judgeParse(judgeLines[0]))
	calls := judgeItems(judgeParse(judgeLines[1]))
	where := "the constructor"
	defer func() {{
		if r := recover(); r != nil {{
			os.Stderr.WriteString("judge: " + where + " raised a panic: " + judgePanicText(r) + "\\n")
			panic(r)
		}}
	}}()
	judgeStartProgress()
	var sb strings.Builder
	sb.WriteString("[null")
	a := judgeItems(calls[0])
	_ = a  // a class whose constructor and methods take nothing never reads it
	object := Constructor({arguments(design.constructor, "a")})
	for index := 1; index < len(names); index++ {{
		atomic.StoreInt64(&judgeRunning, int64(index))
		name := names[index].(string)
		where = "call " + strconv.Itoa(index) + ", " + name
		a = judgeItems(calls[index])
		sb.WriteByte(',')
		switch name {{
{"".join(cases)}		}}
	}}
	sb.WriteByte(']')
	judgeStopProgress()
	judgeReport(&sb)
}}
"""
    return fill("main.go", helpers=helpers(design.types()), main=main)


def variant(language: Language) -> Language:
    return replace(
        language,
        source_name="solution.go",
        compile=("go", "build", "-o", "main", "main.go", "solution.go"),
    )


def user_source(source: str) -> str:
    return HEADER + source


def files(signature: Signature) -> dict[str, str]:
    return {"main.go": harness(signature)}


def design_files(design: Design) -> dict[str, str]:
    return {"main.go": design_harness(design)}


NODE_COMMENTS = {
    "ListNode": """\
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */""",
    "TreeNode": """\
/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */""",
}


def params_text(params: tuple[Param, ...]) -> str:
    return ", ".join(f"{p.name} {go_type(p.type)}" for p in params)


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    lines += [
        f"func {signature.function}({params_text(signature.params)}) {go_type(signature.returns)} {{",
        "    ",
        "}",
    ]
    return "\n".join(lines) + "\n"


def design_starter(design: Design) -> str:
    name = design.class_name
    lines = [*design.node_definitions(NODE_COMMENTS), f"type {name} struct {{", "    ", "}", ""]
    lines += [f"func Constructor({params_text(design.constructor)}) {name} {{", "    ", "}"]
    for method in design.methods:
        returns = "" if method.returns is None else f" {go_type(method.returns)}"
        signature = f"func (this *{name}) {exported(method.name)}({params_text(method.params)}){returns} {{"
        lines += ["", signature, "    ", "}"]
    return "\n".join(lines) + "\n"
