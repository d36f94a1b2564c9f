"""The Java harness: the user's `Solution.java` (`class Solution { public int[] twoSum(...) }`)
compiled with `Main.java`, which holds ListNode, TreeNode, a JSON reader and the typed
conversions generated for this signature."""

from __future__ import annotations

import json
from dataclasses import replace

from judge.languages import Language
from judge.signatures.design import Design
from judge.signatures.signature import Param, Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

SCALAR = {"int": "int", "long": "long", "double": "double", "bool": "boolean", "string": "String", "char": "char"}
# LeetCode's Java gets these without writing them; on the first line, so line numbers stay the user's.
IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; "


def java_type(kind: SigType) -> str:
    base = SCALAR.get(kind.base, kind.base)
    return base + "[]" * kind.depth


def reader(kind: SigType) -> str:
    """A method converting a parsed JSON value to `kind`."""
    name = f"read_{kind.name}"
    if kind.depth == 0:
        body = {
            "int": "return (int) (long) (Long) o;",
            "long": "return (Long) o;",
            "double": "return ((Number) o).doubleValue();",
            "bool": "return (Boolean) o;",
            "string": "return (String) o;",
            "char": "return ((String) o).charAt(0);",
            "ListNode": "return toList(o);",
            "TreeNode": "return toTree(o);",
        }[kind.base]
    else:
        element = kind.element
        base = SCALAR.get(kind.base, kind.base)
        allocate = f"new {base}[values.size()]" + "[]" * (kind.depth - 1)
        body = (
            f"List<Object> values = list(o); {java_type(kind)} result = {allocate}; "
            f"for (int i = 0; i < result.length; i++) result[i] = read_{element.name}(values.get(i)); return result;"
        )
    return f"    static {java_type(kind)} {name}(Object o) {{ {body} }}\n"


def writer(kind: SigType) -> str:
    name = f"write_{kind.name}"
    if kind.depth == 0:
        body = {
            "int": "sb.append(v);",
            "long": "sb.append(v);",
            "double": "writeDouble(sb, v);",
            "bool": "sb.append(v);",
            "string": 'if (v == null) sb.append("null"); else quote(sb, v);',
            "char": "quote(sb, String.valueOf(v));",
            "ListNode": "writeList(sb, v);",
            "TreeNode": "writeTree(sb, v);",
        }[kind.base]
    else:
        body = (
            "if (v == null) { sb.append(\"null\"); return; } sb.append('['); "
            f"for (int i = 0; i < v.length; i++) {{ if (i > 0) sb.append(','); write_{kind.element.name}(sb, v[i]); }} "
            "sb.append(']');"
        )
    return f"    static void {name}(StringBuilder sb, {java_type(kind)} v) {{ {body} }}\n"


# main() of both kinds: the secret and the test's lines are read before the user's code runs, and
# the result goes to the harness's own copy of stdout.
MAIN = """    public static void main(String[] args) throws Throwable {{
        FileOutputStream result = new FileOutputStream(FileDescriptor.out);  // the harness's own stdout
        byte[] input = System.in.readAllBytes();
        int newline = 0;
        while (newline < input.length && input[newline] != '\\n') newline++;
        String secret = new String(input, 0, newline, StandardCharsets.UTF_8);
        int after = Math.min(newline + 1, input.length);
        String rest = new String(input, after, input.length - after, StandardCharsets.UTF_8);
        String[] lines = rest.split("\\n", -1);
        StringBuilder sb = new StringBuilder();
{body}        System.out.flush();
        result.write(("\\u001e" + secret + " " + sb + "\\n").getBytes(StandardCharsets.UTF_8));
        result.flush();
    }}
"""


def harness(signature: Signature) -> str:
    reads = "".join(
        f"        {java_type(p.type)} a{i} = read_{p.type.name}(parse(lines[{i}]));\n"
        for i, p in enumerate(signature.params)
    )
    arguments = ", ".join(f"a{i}" for i in range(len(signature.params)))
    body = (
        f"{reads}        {java_type(signature.returns)} answer = new Solution().{signature.function}({arguments});\n"
        f"        write_{signature.returns.name}(sb, answer);\n"
    )
    helpers = "".join(reader(kind) + writer(kind) for kind in signature.types())
    return fill("Main.java", helpers=helpers, main=MAIN.format(body=body))


def call_arguments(params: tuple[Param, ...]) -> str:
    return ", ".join(f"read_{p.type.name}(a.get({i}))" for i, p in enumerate(params))


def design_harness(design: Design) -> str:
    """Constructs the class, calls each operation through a switch on its name (so a method the
    class lacks is a compile error naming it), and writes what each returned."""
    cases = []
    for method in design.methods:
        call = f"object.{method.name}({call_arguments(method.params)})"
        action = (
            f'{call}; sb.append("null");' if method.returns is None else f"write_{method.returns.name}(sb, {call});"
        )
        cases.append(f"                    case {json.dumps(method.name)}: {action} break;\n")
    body = f"""        startProgress(result, secret);
        List<Object> names = list(parse(lines[0]));
        List<Object> calls = list(parse(lines[1]));
        int index = 0;
        sb.append("[null");
        try {{
            List<Object> a = list(calls.get(0));
            {design.class_name} object = new {design.class_name}({call_arguments(design.constructor)});
            for (index = 1; index < names.size(); index++) {{
                running = index;
                a = list(calls.get(index));
                sb.append(',');
                switch ((String) names.get(index)) {{
{"".join(cases)}                    default: throw new IllegalStateException("no method " + names.get(index));
                }}
            }}
        }} catch (Throwable error) {{
            String where = index == 0 ? "the constructor" : "call " + index + ", " + names.get(index);
            String name = error.getClass().getSimpleName();
            System.err.println("judge: " + where + " raised " + name + ": " + error.getMessage());
            throw error;
        }}
        sb.append(']');
        stopProgress();
"""
    helpers = "".join(reader(kind) + writer(kind) for kind in design.types())
    return fill("Main.java", helpers=helpers, main=MAIN.format(body=body))


def design_files(design: Design) -> dict[str, str]:
    return {"Main.java": design_harness(design)}


def design_starter(design: Design) -> str:
    lines = design.node_definitions(NODE_COMMENTS)
    constructor = ", ".join(f"{java_type(p.type)} {p.name}" for p in design.constructor)
    lines += [
        f"class {design.class_name} {{",
        "",
        f"    public {design.class_name}({constructor}) {{",
        "        ",
        "    }",
    ]
    for method in design.methods:
        params = ", ".join(f"{java_type(p.type)} {p.name}" for p in method.params)
        returns = "void" if method.returns is None else java_type(method.returns)
        lines += ["", f"    public {returns} {method.name}({params}) {{", "        ", "    }"]
    return "\n".join([*lines, "}"]) + "\n"


def variant(language: Language) -> Language:
    assert language.compile is not None
    flags = tuple(part for part in language.compile if part != "{src}")
    return replace(
        language,
        source_name="Solution.java",
        compile=(*flags, "Main.java", "Solution.java"),
        main_class_pattern=None,  # {main} is always Main, the harness
    )


def user_source(source: str) -> str:
    return IMPORTS + source


def files(signature: Signature) -> dict[str, str]:
    return {"Main.java": harness(signature)}


NODE_COMMENTS = {
    "ListNode": """\
/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */""",
    "TreeNode": """\
/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */""",
}


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    params = ", ".join(f"{java_type(p.type)} {p.name}" for p in signature.params)
    lines += [
        "class Solution {",
        f"    public {java_type(signature.returns)} {signature.function}({params}) {{",
        "        ",
        "    }",
        "}",
    ]
    return "\n".join(lines) + "\n"
