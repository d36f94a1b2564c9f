"""Limits that must not hurt honest solutions: deep recursion works in every language (the stack
is as large as the memory limit), and its memory is measured."""

from __future__ import annotations

import pytest

from judge.grading.program import Program
from judge.languages import LANGUAGES, PROGRAM_LANGUAGES
from judge.runtime import grading_limits
from judge.sandbox.base import Limits, RunStatus, Sandbox
from judge.settings import Settings

DEPTH = 1_000_000
SHALLOWER = 100_000  # interpreters with big frames
DEEP = {
    "python": "import sys\nsys.setrecursionlimit(10**7)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n"
    f"print(f({SHALLOWER}))\n",
    "ruby": f"def f(n)\n  n == 0 ? 0 : 1 + f(n - 1)\nend\nputs f({SHALLOWER})\n",
    "cpp": "#include <cstdio>\nint f(int n){return n==0?0:1+f(n-1);}\n"
    'int main(){int n;scanf("%d",&n);printf("%d\\n", f(n));}\n',
    "c": "#include <stdio.h>\nint f(int n){return n==0?0:1+f(n-1);}\n"
    'int main(void){int n;scanf("%d",&n);printf("%d\\n", f(n));return 0;}\n',
    "java": "import java.util.*;\npublic class Main { static int f(int n){return n==0?0:1+f(n-1);}\n"
    " public static void main(String[] a){int n=new Scanner(System.in).nextInt(); System.out.println(f(n));} }\n",
    "javascript": "function f(n){return n===0?0:1+f(n-1);}\n"
    "console.log(f(parseInt(require('fs').readFileSync(0,'utf8'))));\n",
    "go": 'package main\nimport "fmt"\nfunc f(n int) int { if n == 0 { return 0 }; return 1 + f(n-1) }\n'
    "func main(){ var n int; fmt.Scan(&n); fmt.Println(f(n)) }\n",
    "rust": "use std::io::*;\nfn f(n: u64) -> u64 { if n == 0 { 0 } else { 1 + f(n - 1) } }\n"
    "fn main(){ let mut s = String::new(); stdin().read_to_string(&mut s).unwrap();"
    ' println!("{}", f(s.trim().parse().unwrap())); }\n',
}


@pytest.mark.parametrize("language", PROGRAM_LANGUAGES)
def test_deep_recursion_fits_the_stack(sandbox: Sandbox, language: str) -> None:
    lang = LANGUAGES[language]
    source = DEEP[language]
    depth = SHALLOWER if language in ("python", "ruby") else DEPTH
    with sandbox.session() as session:
        assert Program(lang, source).compile(session, grading_limits(Settings()).compile).ok
        result = Program(lang, source).run(session, Limits(cpu_ms=5000, memory_kb=256 * 1024), f"{DEPTH}\n".encode())
    assert result.status is RunStatus.OK, result.stderr[-300:]
    assert result.stdout == f"{depth}\n".encode()
    assert 0 < result.memory_kb <= 256 * 1024
