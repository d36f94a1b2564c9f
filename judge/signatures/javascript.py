"""The JavaScript harness: `main.js` reads the JSON arguments, defines ListNode and TreeNode, runs
the user's `solution.js` (`var twoSum = function(nums, target) {...}`) with its own file name, so
stack traces name the user's lines, and calls the function. Numbers are JavaScript numbers, as on
LeetCode: a `long` beyond 2^53 loses precision."""

from __future__ import annotations

import json
from dataclasses import replace

from judge.languages import Language
from judge.signatures.design import Design
from judge.signatures.signature import Param, Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

DOC_TYPES = {
    "int": "number", "long": "number", "double": "number", "bool": "boolean", "string": "string", "char": "character",
}  # fmt: skip


def harness(signature: Signature) -> str:
    params = [[p.type.base, p.type.depth] for p in signature.params]
    header = (
        'const MODE = "function";\n'
        f"const FUNCTION = {json.dumps(signature.function)};\n"
        f"const PARAMS = {json.dumps(params)};\n"
        f"const RETURNS = {json.dumps([signature.returns.base, signature.returns.depth])};\n"
    )
    return fill("main.js", signature=header)


def design_harness(design: Design) -> str:
    methods = {
        method.name: [
            [[p.type.base, p.type.depth] for p in method.params],
            None if method.returns is None else [method.returns.base, method.returns.depth],
        ]
        for method in design.methods
    }
    header = (
        'const MODE = "design";\n'
        f"const CLASS = {json.dumps(design.class_name)};\n"
        f"const CONSTRUCTOR = {json.dumps([[p.type.base, p.type.depth] for p in design.constructor])};\n"
        f"const METHODS = {json.dumps(methods)};\n"
    )
    return fill("main.js", signature=header)


def design_files(design: Design) -> dict[str, str]:
    return {"main.js": design_harness(design)}


def doc_comment(params: tuple[Param, ...], returns: SigType | None) -> list[str]:
    lines = ["/**"] + [f" * @param {{{doc_type(p.type)}}} {p.name}" for p in params]
    return lines + [f" * @return {{{'void' if returns is None else doc_type(returns)}}}", " */"]


def design_starter(design: Design) -> str:
    lines = design.node_definitions(NODE_COMMENTS)
    if design.constructor:
        lines += doc_comment(design.constructor, None)[:-2] + [" */"]
    constructor = ", ".join(p.name for p in design.constructor)
    lines += [f"var {design.class_name} = function({constructor}) {{", "    ", "};", ""]
    for method in design.methods:
        lines += doc_comment(method.params, method.returns)
        params = ", ".join(p.name for p in method.params)
        lines += [f"{design.class_name}.prototype.{method.name} = function({params}) {{", "    ", "};", ""]
    return "\n".join(lines).rstrip() + "\n"


def variant(language: Language) -> Language:
    return replace(
        language,
        source_name="solution.js",
        compile=("node", "--check", "solution.js"),
        run=tuple("main.js" if part == "{src}" else part for part in language.run),
    )


def files(signature: Signature) -> dict[str, str]:
    return {"main.js": harness(signature)}


def doc_type(kind: SigType) -> str:
    if kind.depth:
        return doc_type(kind.element) + "[]"
    if kind.base in ("ListNode", "TreeNode"):
        return f"{kind.base}"
    return DOC_TYPES[kind.base]


NODE_COMMENTS = {
    "ListNode": """\
/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */""",
    "TreeNode": """\
/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */""",
}


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    lines.append("/**")
    lines += [f" * @param {{{doc_type(p.type)}}} {p.name}" for p in signature.params]
    lines += [f" * @return {{{doc_type(signature.returns)}}}", " */"]
    params = ", ".join(p.name for p in signature.params)
    lines += [f"var {signature.function} = function({params}) {{", "    ", "};"]
    return "\n".join(lines) + "\n"
