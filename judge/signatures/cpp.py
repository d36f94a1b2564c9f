"""The C++ harness: `main.cpp` defines ListNode and TreeNode, includes the user's `solution.cpp`
(`class Solution { public: vector<int> twoSum(vector<int>& nums, int target) {...} };`) as a file
of its own, so compiler messages name the user's own lines, then reads the JSON arguments and
calls the method."""

from __future__ import annotations

from dataclasses import replace

from judge.languages import Language
from judge.signatures.design import Design
from judge.signatures.signature import Param, Signature
from judge.signatures.template import fill
from judge.signatures.types import SigType

SCALAR = {"int": "int", "long": "long long", "double": "double", "bool": "bool", "string": "string", "char": "char"}


def cpp_type(kind: SigType) -> str:
    if kind.depth:
        return f"vector<{cpp_type(kind.element)}>"
    if kind.base in ("ListNode", "TreeNode"):
        return f"{kind.base}*"
    return SCALAR[kind.base]


def param_type(kind: SigType) -> str:
    """LeetCode's shapes: containers and strings by reference."""
    text = cpp_type(kind)
    return f"{text}&" if kind.depth or kind.base == "string" else text


def reader(kind: SigType) -> str:
    if kind.depth == 0:
        body = {
            "int": "return (int) stoll(j.text);",
            "long": "return stoll(j.text);",
            "double": "return stod(j.text);",
            "bool": "return j.flag;",
            "string": "return j.text;",
            "char": "return j.text[0];",
            "ListNode": "return to_list(j);",
            "TreeNode": "return to_tree(j);",
        }[kind.base]
    else:
        body = (
            f"{cpp_type(kind)} result; result.reserve(j.items.size()); "
            f"for (const Json& item : j.items) result.push_back(read_{kind.element.name}(item)); return result;"
        )
    return f"{cpp_type(kind)} read_{kind.name}(const Json& j) {{ {body} }}\n"


def writer(kind: SigType) -> str:
    if kind.depth == 0:
        body = {
            "int": "out += to_string(v);",
            "long": "out += to_string(v);",
            "double": "write_double(out, v);",
            "bool": 'out += v ? "true" : "false";',
            "string": "quote(out, v);",
            "char": "quote(out, string(1, v));",
            "ListNode": "write_list(out, v);",
            "TreeNode": "write_tree(out, v);",
        }[kind.base]
    else:
        body = (
            "out += '['; for (size_t i = 0; i < v.size(); i++) { if (i) out += ','; "
            f"write_{kind.element.name}(out, v[i]); }} out += ']';"
        )
    by_value = kind.depth == 0 and kind.base in ("ListNode", "TreeNode")
    parameter = cpp_type(kind) if by_value else f"const {cpp_type(kind)}&"
    return f"void write_{kind.name}(string& out, {parameter} v) {{ {body} }}\n"


# main() of both kinds: the secret and the test's lines are read before the user's code runs; the
# result (`out`, after the secret) goes to the harness's own copy of stdout.
MAIN = """int main() {{
    int result_fd = dup(1);  // the harness's own stdout, taken before the user's code runs
    string input((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
    size_t newline = input.find('\\n');
    string secret = input.substr(0, newline);
    vector<string> lines;
    size_t start = newline == string::npos ? input.size() : newline + 1;
    while (start <= input.size()) {{
        size_t end = input.find('\\n', start);
        if (end == string::npos) end = input.size();
        lines.push_back(input.substr(start, end - start));
        start = end + 1;
    }}
    string out = "\\x1e" + secret + " ";
{body}    out += '\\n';
    fflush(stdout);
    cout.flush();
    for (size_t done = 0; done < out.size();) {{
        ssize_t n = write(result_fd, out.data() + done, out.size() - done);
        if (n <= 0) return 1;
        done += (size_t) n;
    }}
    return 0;
}}
"""


def harness(signature: Signature) -> str:
    helpers = "".join(reader(kind) + writer(kind) for kind in signature.types())
    reads = "".join(
        f"    {cpp_type(p.type)} a{i} = judge_harness::read_{p.type.name}(judge_harness::parse(lines[{i}]));\n"
        for i, p in enumerate(signature.params)
    )
    arguments = ", ".join(f"a{i}" for i in range(len(signature.params)))
    body = (
        f"{reads}    Solution solution;\n"
        f"    {cpp_type(signature.returns)} answer = solution.{signature.function}({arguments});\n"
        f"    judge_harness::write_{signature.returns.name}(out, answer);\n"
    )
    return fill("main.cpp", helpers=helpers, main=MAIN.format(body=body))


def typed_arguments(params: tuple[Param, ...], indent: str) -> tuple[str, str]:
    """Locals read from the call's JSON arguments `a` (a reference parameter needs an lvalue), and
    the argument list naming them."""
    reads = "".join(
        f"{indent}{cpp_type(p.type)} v{i} = judge_harness::read_{p.type.name}(a[{i}]);\n" for i, p in enumerate(params)
    )
    return reads, ", ".join(f"v{i}" for i in range(len(params)))


def design_harness(design: Design) -> str:
    """Constructs the class, calls each operation by its name (a method the class lacks, or takes
    other types, is a compile error naming it), and writes what each returned."""
    branches = []
    for method in design.methods:
        reads, arguments = typed_arguments(method.params, "                ")
        call = f"object.{method.name}({arguments})"
        if method.returns is None:
            action = f'{call}; out += "null";'
        else:
            action = f"judge_harness::write_{method.returns.name}(out, {call});"
        branches.append(f'            }} else if (name == "{method.name}") {{\n{reads}                {action}\n')
    reads, arguments = typed_arguments(design.constructor, "        ")
    construct = f"{design.class_name} object({arguments});" if arguments else f"{design.class_name} object;"
    body = f"""    judge_harness::start_progress(result_fd, secret);
    judge_harness::Json names = judge_harness::parse(lines[0]);
    judge_harness::Json calls = judge_harness::parse(lines[1]);
    size_t index = 0;
    out += "[null";
    try {{
        const vector<judge_harness::Json>& a = calls.items[0].items;
{reads}        {construct}
        for (index = 1; index < names.items.size(); index++) {{
            judge_harness::running.store(index, memory_order_relaxed);
            const string& name = names.items[index].text;
            const vector<judge_harness::Json>& a = calls.items[index].items;
            out += ',';
            if (false) {{
{"".join(branches)}            }}
        }}
    }} catch (const exception& error) {{
        string where = index == 0 ? "the constructor" : "call " + to_string(index) + ", " + names.items[index].text;
        cerr << "judge: " << where << " raised an exception: " << error.what() << endl;
        throw;
    }}
    out += ']';
    judge_harness::stop_progress();
"""
    helpers = "".join(reader(kind) + writer(kind) for kind in design.types())
    return fill("main.cpp", helpers=helpers, main=MAIN.format(body=body))


def design_files(design: Design) -> dict[str, str]:
    return {"main.cpp": design_harness(design)}


def design_starter(design: Design) -> str:
    lines = design.node_definitions(NODE_COMMENTS)
    constructor = ", ".join(f"{param_type(p.type)} {p.name}" for p in design.constructor)
    lines += [
        f"class {design.class_name} {{",
        "public:",
        f"    {design.class_name}({constructor}) {{",
        "        ",
        "    }",
    ]
    for method in design.methods:
        params = ", ".join(f"{param_type(p.type)} {p.name}" for p in method.params)
        returns = "void" if method.returns is None else cpp_type(method.returns)
        lines += ["", f"    {returns} {method.name}({params}) {{", "        ", "    }"]
    return "\n".join([*lines, "};"]) + "\n"


def variant(language: Language) -> Language:
    assert language.compile is not None
    return replace(
        language,
        source_name="solution.cpp",
        compile=tuple("main.cpp" if part == "{src}" else part for part in language.compile),
    )


def files(signature: Signature) -> dict[str, str]:
    return {"main.cpp": harness(signature)}


NODE_COMMENTS = {
    "ListNode": """\
/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */""",
    "TreeNode": """\
/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */""",
}


def starter(signature: Signature) -> str:
    lines = signature.node_definitions(NODE_COMMENTS)
    params = ", ".join(f"{param_type(p.type)} {p.name}" for p in signature.params)
    lines += [
        "class Solution {",
        "public:",
        f"    {cpp_type(signature.returns)} {signature.function}({params}) {{",
        "        ",
        "    }",
        "};",
    ]
    return "\n".join(lines) + "\n"
