"""The JavaScript harness: `main.js` reads the JSON arguments, defines ListNode and TreeNode, runs
the user's `solution.js` (`var twoSum = function(nums, target) {...}`) with its own file name, so
stack traces name the user's lines, and calls the function. Numbers are JavaScript numbers, as on
LeetCode: a `long` beyond 2^53 loses precision."""

from __future__ import annotations

import json
from dataclasses import replace

from judge.languages import Language
from judge.signatures.signature import Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

DOC_TYPES = {
    "int": "number", "long": "number", "double": "number", "bool": "boolean", "string": "string", "char": "character",
}  # fmt: skip


def harness(signature: Signature) -> str:
    params = [[p.type.base, p.type.depth] for p in signature.params]
    header = (
        f"const FUNCTION = {json.dumps(signature.function)};\n"
        f"const PARAMS = {json.dumps(params)};\n"
        f"const RETURNS = {json.dumps([signature.returns.base, signature.returns.depth])};\n"
    )
    return fill("main.js", signature=header)


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
