"""The Python harness: the user's `solution.py` (LeetCode's `class Solution` or a plain function)
run by `harness.py`, which reads the JSON arguments first, then calls the function."""

from __future__ import annotations

from dataclasses import replace

from judge.languages import Language
from judge.languages.table import PYTHON_SYNTAX_CHECK
from judge.signatures.design import Design
from judge.signatures.signature import Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

TYPE_NAMES = {"int": "int", "long": "int", "double": "float", "bool": "bool", "string": "str", "char": "str"}


def harness(signature: Signature) -> str:
    params = [(p.type.base, p.type.depth) for p in signature.params]
    header = (
        'MODE = "function"\n'
        f"FUNCTION = {signature.function!r}\n"
        f"PARAMS = {params!r}\n"
        f"RETURNS = ({signature.returns.base!r}, {signature.returns.depth})\n"
        f"RETURN_NAME = {str(signature.returns)!r}\n"
    )
    return fill("harness.py", signature=header)


def design_harness(design: Design) -> str:
    methods = {
        method.name: (
            [(p.type.base, p.type.depth) for p in method.params],
            None if method.returns is None else (method.returns.base, method.returns.depth, str(method.returns)),
        )
        for method in design.methods
    }
    header = (
        'MODE = "design"\n'
        f"CLASS = {design.class_name!r}\n"
        f"CONSTRUCTOR = {[(p.type.base, p.type.depth) for p in design.constructor]!r}\n"
        f"METHODS = {methods!r}\n"
    )
    return fill("harness.py", signature=header)


def design_files(design: Design) -> dict[str, str]:
    return {"harness.py": design_harness(design)}


def design_starter(design: Design) -> str:
    lines = design.node_definitions(NODE_COMMENTS) + [f"class {design.class_name}:", ""]
    params = "".join(f", {p.name}: {type_name(p.type)}" for p in design.constructor)
    lines += [f"    def __init__(self{params}):", "        pass", ""]
    for method in design.methods:
        params = "".join(f", {p.name}: {type_name(p.type)}" for p in method.params)
        returns = "None" if method.returns is None else type_name(method.returns)
        lines += [f"    def {method.name}(self{params}) -> {returns}:", "        pass", ""]
    return "\n".join(lines).rstrip() + "\n"


def variant(language: Language) -> Language:
    return replace(
        language,
        source_name="solution.py",
        compile=("python3", "-c", PYTHON_SYNTAX_CHECK.replace("{file}", "solution.py")),
        run=("python3", "harness.py"),
    )


def files(signature: Signature) -> dict[str, str]:
    return {"harness.py": harness(signature)}


def type_name(kind: SigType) -> str:
    if kind.depth:
        return f"List[{type_name(kind.element)}]"
    if kind.base in ("ListNode", "TreeNode"):
        return f"Optional[{kind.base}]"
    return TYPE_NAMES[kind.base]


NODE_COMMENTS = {
    "ListNode": """\
# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next""",
    "TreeNode": """\
# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right""",
}


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    params = "".join(f", {p.name}: {type_name(p.type)}" for p in signature.params)
    lines += [
        "class Solution:",
        f"    def {signature.function}(self{params}) -> {type_name(signature.returns)}:",
        "        pass",
    ]
    return "\n".join(lines) + "\n"
