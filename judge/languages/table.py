"""Every language the judge speaks, as data: file names, compile and run commands, and how its
runtime is told the limits. Adding a language is adding a row here and its toolchain to the
runner image / setup script; nothing else in the judge names a language.

Command templates may use: {src} (source file name), {main} (Java's public class), {memory_mb},
{stack_kb}, {stack_mb}, {stack_bytes}, {node_stack_kb}; environment values the limits among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from judge.sandbox.base import Limits


@dataclass(frozen=True)
class Language:
    id: str
    name: str
    source_name: str  # may use {main}
    run: tuple[str, ...]
    compile: tuple[str, ...] | None = None  # None: nothing to compile (syntax check counts as compile)
    version_command: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    # For runtimes that reserve far more address space than they use (JVM, V8, Go), RLIMIT_AS
    # would be wrong: they are measured by resident memory only. Others get an address-space
    # safety net of `as_factor` x the memory limit, so one huge mapping cannot hurt the host.
    as_factor: float | None = 2.0
    # Text a runtime prints when an allocation fails: such a crash is MLE, not RE.
    oom_markers: tuple[str, ...] = ()
    # Extra processes/threads the runtime itself needs (JVM GC and JIT threads, Go's Ms...).
    nproc: int = 64
    main_class_pattern: str | None = None
    artifacts: tuple[str, ...] = ()  # work-dir files the compiler produces, kept by the compile cache
    echo_program: str = ""  # the self-test: copy stdin to stdout
    # "program": a process that reads stdin; "sql": statements that judge/sql/harness.py runs
    # in a database engine (its `run` starts the harness), usable only on SQL problems.
    kind: str = "program"

    def main_name(self, source: str) -> str:
        if self.main_class_pattern:
            match = re.search(self.main_class_pattern, source)
            if match:
                return match.group(1)
        return "Main"

    def source_file(self, source: str) -> str:
        return self.source_name.format(main=self.main_name(source))

    @staticmethod
    def limit_values(limits: Limits) -> dict[str, int]:
        stack_kb = limits.stack_kb if limits.stack_kb is not None else limits.memory_kb
        return {
            "memory_mb": max(limits.memory_kb // 1024, 16),
            "stack_kb": stack_kb,
            "stack_mb": max(stack_kb // 1024, 1),
            "stack_bytes": stack_kb * 1024,
            # V8 needs head-room below the real stack: it only checks its own counter.
            "node_stack_kb": max(int(stack_kb * 0.8), 984),
        }

    def expand(self, template: tuple[str, ...], source: str, limits: Limits) -> list[str]:
        values = {"src": self.source_file(source), "main": self.main_name(source), **self.limit_values(limits)}
        return [part.format(**values) for part in template]

    def environment(self, limits: Limits) -> dict[str, str]:
        env = {"PATH": PATH, "HOME": "/tmp", "LANG": "C.UTF-8"}
        env.update({key: value.format(**self.limit_values(limits)) for key, value in self.env.items()})
        return env

    def run_limits(self, limits: Limits) -> Limits:
        from dataclasses import replace

        address_space = int(limits.memory_kb * self.as_factor) + 256 * 1024 if self.as_factor else None
        return replace(limits, address_space_kb=address_space, nproc=max(limits.nproc, self.nproc))


PATH = "/usr/local/bin:/usr/bin:/bin"
NATIVE_OOM = ("std::bad_alloc", "memory allocation of", "Cannot allocate memory")

PYTHON_SYNTAX_CHECK = """import sys
try:
    compile(open('{file}', 'rb').read(), '{file}', 'exec')
except (SyntaxError, ValueError) as error:
    import traceback
    sys.stderr.write(''.join(traceback.format_exception_only(error)))
    sys.exit(1)
"""

LANGUAGES: dict[str, Language] = {
    lang.id: lang
    for lang in [
        Language(
            id="python",
            name="Python 3",
            source_name="main.py",
            extensions=(".py",),
            # A syntax check whose message is the error alone, as Python prints it for the user's
            # file (py_compile wraps it in two tracebacks of its own frames).
            # -S and traceback imported only on an error: the check is our own code, and site's
            # .pth files (certifi on some hosts: 40 ms) and traceback (10 ms) were most of its time.
            compile=("python3", "-S", "-c", PYTHON_SYNTAX_CHECK.replace("{file}", "{src}")),
            run=("python3", "{src}"),
            version_command=("python3", "--version"),
            oom_markers=("MemoryError",),
            env={"PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"},
            echo_program="import sys\nsys.stdout.write(sys.stdin.read())\n",
        ),
        Language(
            id="cpp",
            name="C++ 17 (g++)",
            source_name="main.cpp",
            extensions=(".cpp", ".cc", ".cxx"),
            compile=("g++", "-O2", "-std=gnu++17", "-pipe", "-o", "main", "{src}"),
            artifacts=("main",),
            run=("./main",),
            version_command=("g++", "--version"),
            oom_markers=NATIVE_OOM,
            echo_program=(
                "#include <iostream>\n#include <string>\nint main(){std::string l;"
                "while(std::getline(std::cin,l))std::cout<<l<<'\\n';}\n"
            ),
        ),
        Language(
            id="c",
            name="C 11 (gcc)",
            source_name="main.c",
            extensions=(".c",),
            compile=("gcc", "-O2", "-std=gnu11", "-pipe", "-o", "main", "{src}", "-lm"),
            artifacts=("main",),
            run=("./main",),
            version_command=("gcc", "--version"),
            oom_markers=NATIVE_OOM,
            echo_program="#include <stdio.h>\nint main(void){int c;while((c=getchar())!=EOF)putchar(c);return 0;}\n",
        ),
        Language(
            id="java",
            name="Java 17",
            source_name="{main}.java",
            extensions=(".java",),
            # C1 alone: javac is a short-lived program; it starts a third faster. Class-data sharing:
            # the runner image has an archive of the classes javac loads (runners/Dockerfile), on top
            # of the JDK's default one; named `default:ours`, a JVM without ours (the local backend)
            # or unable to use it falls back to the default archive, and -Xlog:cds*=off keeps it from
            # saying so on stdout, which users see. A third off javac's time (bench/java_startup.py).
            compile=(
                "javac",
                "-J-Xmx512m",
                "-J-XX:+UseSerialGC",
                "-J-XX:TieredStopAtLevel=1",
                "-J-XX:SharedArchiveFile=/usr/lib/jvm/java-17-openjdk-amd64/lib/server/classes.jsa:/opt/judge/cds/javac.jsa",
                "-J-Xlog:cds*=off",
                "-encoding",
                "UTF-8",
                "{src}",
            ),  # fmt: skip
            artifacts=("*.class",),
            run=(
                "java",
                "-Xmx{memory_mb}m",
                "-Xss{stack_mb}m",
                "-XX:+UseSerialGC",
                "-XX:ActiveProcessorCount=1",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                ".",
                "{main}",
            ),
            version_command=("java", "-version"),
            as_factor=None,
            nproc=256,
            oom_markers=("java.lang.OutOfMemoryError",),
            main_class_pattern=r"public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_$][A-Za-z0-9_$]*)",
            echo_program=(
                "import java.io.*;\npublic class Main { public static void main(String[] a) throws IOException {"
                " byte[] b = System.in.readAllBytes(); System.out.write(b); System.out.flush(); } }\n"
            ),
        ),
        Language(
            id="javascript",
            name="JavaScript (Node.js)",
            source_name="main.js",
            extensions=(".js",),
            compile=("node", "--check", "{src}"),
            run=("node", "--max-old-space-size={memory_mb}", "--stack-size={node_stack_kb}", "{src}"),
            version_command=("node", "--version"),
            as_factor=None,
            nproc=128,
            oom_markers=("JavaScript heap out of memory", "Allocation failed"),
            echo_program="process.stdout.write(require('fs').readFileSync(0));\n",
        ),
        Language(
            id="go",
            name="Go",
            source_name="main.go",
            extensions=(".go",),
            compile=("go", "build", "-o", "main", "{src}"),
            artifacts=("main",),
            run=("./main",),
            version_command=("go", "version"),
            env={
                "GOCACHE": "/tmp/go-cache",
                "GOPATH": "/tmp/go",
                "GO111MODULE": "off",
                "CGO_ENABLED": "0",
                "GOMEMLIMIT": "{memory_mb}MiB",
            },
            as_factor=None,
            nproc=128,
            oom_markers=("runtime: out of memory", "fatal error: out of memory"),
            echo_program='package main\nimport ("io";"os")\nfunc main(){io.Copy(os.Stdout, os.Stdin)}\n',
        ),
        Language(
            id="rust",
            name="Rust",
            source_name="main.rs",
            extensions=(".rs",),
            compile=("rustc", "-O", "--edition", "2021", "-o", "main", "{src}"),
            artifacts=("main",),
            run=("./main",),
            version_command=("rustc", "--version"),
            oom_markers=NATIVE_OOM,
            echo_program=(
                "use std::io::*;\nfn main(){let mut s=Vec::new();"
                "stdin().read_to_end(&mut s).unwrap();stdout().write_all(&s).unwrap();}\n"
            ),
        ),
        Language(
            id="ruby",
            name="Ruby",
            source_name="main.rb",
            extensions=(".rb",),
            compile=("ruby", "-c", "{src}"),
            run=("ruby", "{src}"),
            # Ruby keeps its own VM stack (1 MB by default) beside the machine stack: both follow
            # the stack limit, so deep recursion works as in the other languages.
            env={"RUBY_THREAD_VM_STACK_SIZE": "{stack_bytes}", "RUBY_THREAD_MACHINE_STACK_SIZE": "{stack_bytes}"},
            version_command=("ruby", "--version"),
            oom_markers=("NoMemoryError", "failed to allocate memory"),
            echo_program="STDOUT.write(STDIN.read)\n",
        ),
        # SQL engines: `run` is the SQL harness, which loads each dataset into a fresh database and
        # runs the candidate's query.sql in it (judge/sql). The system Python with -S: the harness
        # is stdlib only (plus python3-psycopg2, which it adds to its path itself).
        Language(
            id="postgresql",
            name="PostgreSQL",
            source_name="query.sql",
            extensions=(".postgresql.sql",),
            run=("python3", "-S", "sql_harness.py", "postgresql"),
            version_command=(
                "sh",
                "-c",
                'for p in /usr/lib/postgresql/*/bin/postgres; do last=$p; done; "$last" --version',
            ),
            # The server maps its shared memory and several processes: measured by resident memory.
            as_factor=None,
            kind="sql",
        ),
        Language(
            id="sqlite",
            name="SQLite",
            source_name="query.sql",
            extensions=(".sqlite.sql",),
            run=("python3", "-S", "sql_harness.py", "sqlite"),
            version_command=("python3", "-S", "-c", "import sqlite3; print('SQLite', sqlite3.sqlite_version)"),
            as_factor=None,  # the harness limits the statements' address space itself
            kind="sql",
        ),
    ]
}


# The languages programs are written in (the SQL engines are languages of SQL problems only).
PROGRAM_LANGUAGES = [language.id for language in LANGUAGES.values() if language.kind == "program"]


def language_for_file(name: str) -> Language | None:
    """The language of a program file by its extension (checkers, reference solutions)."""
    for language in LANGUAGES.values():
        if any(name.endswith(ext) for ext in language.extensions):
            return language
    return None
