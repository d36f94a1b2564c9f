// What the editor starts with for a stdin problem, per language, until the user has a draft.
// (A function problem's starter code comes from the API.)
export const STDIN_TEMPLATES = {
  python: "import sys\n\n\ndef main() -> None:\n    data = sys.stdin.read().split()\n    \n\n\nmain()\n",
  cpp: "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n    cin.tie(nullptr);\n    \n    return 0;\n}\n",
  c: "#include <stdio.h>\n\nint main(void) {\n    \n    return 0;\n}\n",
  java:
    "import java.io.*;\nimport java.util.*;\n\npublic class Main {\n    public static void main(String[] args) throws IOException {\n" +
    "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n        \n    }\n}\n",
  javascript: 'const data = require("fs").readFileSync(0, "utf8").split(/\\s+/).filter(Boolean);\n\n',
  go: 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tin := bufio.NewReader(os.Stdin)\n\tout := bufio.NewWriter(os.Stdout)\n\tdefer out.Flush()\n\t_ = in\n\tfmt.Fprintln(out)\n}\n',
  rust: "use std::io::{self, Read};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    \n}\n",
  ruby: "data = STDIN.read.split\n\n",
};

export const LANGUAGE_NAMES = {
  python: "Python 3",
  cpp: "C++ 17",
  c: "C 11",
  java: "Java 17",
  javascript: "JavaScript",
  go: "Go",
  rust: "Rust",
  ruby: "Ruby",
  postgresql: "PostgreSQL",
  sqlite: "SQLite",
};
