"""The Ruby harness: `main.rb` reads the JSON arguments, defines ListNode and TreeNode, loads the
user's `solution.rb` (LeetCode's shape: a top-level `def two_sum(nums, target)`, or for a design
problem `class MinStack` with snake_case methods) and calls it."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from judge.languages import Language
from judge.signatures.design import Design
from judge.signatures.signature import Param, Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

DOC_TYPES = {
    "int": "Integer", "long": "Integer", "double": "Float", "bool": "Boolean", "string": "String", "char": "Character",
}  # fmt: skip


def snake(name: str) -> str:
    """LeetCode's Ruby names: twoSum is two_sum."""
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name).lower()


def pair(kind: SigType) -> list[object]:
    return [kind.base, kind.depth]


def harness(signature: Signature) -> str:
    header = (
        'MODE = "function"\n'
        f"FUNCTION = {json.dumps(signature.function)}\n"
        f"PARAMS = {json.dumps([pair(p.type) for p in signature.params])}\n"
        f"RETURNS = {json.dumps([*pair(signature.returns), str(signature.returns)])}\n"
    )
    return fill("main.rb", signature=header)


def ruby_hash(entries: dict[str, object]) -> str:
    """A Ruby literal of string keys (`"k": v` would make symbols) and JSON-shaped values."""
    items = ", ".join(
        f"{json.dumps(key)} => {json.dumps(value).replace('null', 'nil')}" for key, value in entries.items()
    )
    return "{" + items + "}"


def design_harness(design: Design) -> str:
    methods = {
        method.name: [
            [pair(p.type) for p in method.params],
            None if method.returns is None else [*pair(method.returns), str(method.returns)],
        ]
        for method in design.methods
    }
    header = (
        'MODE = "design"\n'
        f"CLASS = {json.dumps(design.class_name)}\n"
        f"CONSTRUCTOR = {json.dumps([pair(p.type) for p in design.constructor])}\n"
        f"METHODS = {ruby_hash(methods)}\n"
    )
    return fill("main.rb", signature=header)


def variant(language: Language) -> Language:
    return replace(
        language,
        source_name="solution.rb",
        compile=("ruby", "-c", "solution.rb"),
        run=("ruby", "main.rb"),
    )


def files(signature: Signature) -> dict[str, str]:
    return {"main.rb": harness(signature)}


def design_files(design: Design) -> dict[str, str]:
    return {"main.rb": design_harness(design)}


def doc_type(kind: SigType) -> str:
    if kind.depth:
        return doc_type(kind.element) + "[]"
    return DOC_TYPES.get(kind.base, kind.base)


NODE_COMMENTS = {
    "ListNode": """\
# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end""",
    "TreeNode": """\
# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end""",
}


def doc_comment(params: tuple[Param, ...], returns: SigType | None, indent: str = "") -> list[str]:
    lines = [f"{indent}# @param {{{doc_type(p.type)}}} {snake(p.name)}" for p in params]
    return [*lines, f"{indent}# @return {{{'Void' if returns is None else doc_type(returns)}}}"]


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    lines += doc_comment(signature.params, signature.returns)
    params = ", ".join(snake(p.name) for p in signature.params)
    lines += [f"def {snake(signature.function)}({params})", "    ", "end"]
    return "\n".join(lines) + "\n"


def design_starter(design: Design) -> str:
    lines = [*design.node_definitions(NODE_COMMENTS), f"class {design.class_name}"]
    if design.constructor:
        lines += doc_comment(design.constructor, None, "    ")[:-1]
    lines += [f"    def initialize({', '.join(snake(p.name) for p in design.constructor)})", "        ", "    end"]
    for method in design.methods:
        lines += ["", *doc_comment(method.params, method.returns, "    ")]
        params = ", ".join(snake(p.name) for p in method.params)
        lines += [f"    def {snake(method.name)}({params})", "        ", "    end"]
    return "\n".join([*lines, "end"]) + "\n"
