"""The Java harness: the user's `Solution.java` (`class Solution { public int[] twoSum(...) }`)
compiled with `Main.java`, which holds ListNode, TreeNode, a JSON reader and the typed
conversions generated for this signature."""

from __future__ import annotations

from dataclasses import replace

from judge.languages import Language
from judge.signatures.signature import Signature
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


def harness(signature: Signature) -> str:
    reads = "".join(
        f"        {java_type(p.type)} a{i} = read_{p.type.name}(parse(lines[{i}]));\n"
        for i, p in enumerate(signature.params)
    )
    arguments = ", ".join(f"a{i}" for i in range(len(signature.params)))
    main = f"""    public static void main(String[] args) throws Exception {{
        FileOutputStream result = new FileOutputStream(FileDescriptor.out);  // the harness's own stdout
        byte[] input = System.in.readAllBytes();
        int newline = 0;
        while (newline < input.length && input[newline] != '\\n') newline++;
        String secret = new String(input, 0, newline, StandardCharsets.UTF_8);
        int after = Math.min(newline + 1, input.length);
        String rest = new String(input, after, input.length - after, StandardCharsets.UTF_8);
        String[] lines = rest.split("\\n", -1);
{reads}        {java_type(signature.returns)} answer = new Solution().{signature.function}({arguments});
        StringBuilder sb = new StringBuilder();
        write_{signature.returns.name}(sb, answer);
        System.out.flush();
        result.write(("\\u001e" + secret + " " + sb + "\\n").getBytes(StandardCharsets.UTF_8));
        result.flush();
    }}
"""
    helpers = "".join(reader(kind) + writer(kind) for kind in signature.types())
    return fill("Main.java", helpers=helpers, main=main)


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
