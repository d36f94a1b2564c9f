"""Interactive problems: what a question and its answer cost through the relay (the solution and
the interactor in two sandboxes, their bytes carried by the host), against the same two programs
joined by two plain pipes on the host, measured side by side in one run.

    .venv/bin/python -m bench.interactive_relay [--rounds 20000] [--runs 3] [--backend local|docker]

Both programs are C++ (so the figure is the transport, not an interpreter): the solution writes
`? i` and reads the answer, `--rounds` times; the interactor answers each. Printed per transport:
the wall time of the whole conversation (fastest of `--runs`), µs per round trip, and the ratio
to the pipes. Also the throughput of a one-way flood (64 MB, the output limit) through the relay.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from judge.grading.program import Program
from judge.languages import LANGUAGES
from judge.runtime import grading_limits, make_sandbox
from judge.sandbox.base import Limits
from judge.settings import Settings

ASK = r"""
#include <cstdio>
int main(int argc, char** argv) {
    int rounds = 0; if (scanf("%d", &rounds) != 1) return 1;
    char answer[32];
    for (int i = 0; i < rounds; i++) {
        printf("? %d\n", i); fflush(stdout);
        if (scanf("%31s", answer) != 1) return 1;
    }
    printf("!\n"); fflush(stdout);
}
"""
# The interactor: reads the number of rounds from its input file, tells the solution, answers.
ANSWER = r"""
#include <cstdio>
#include <cstring>
int main(int argc, char** argv) {
    FILE* in = fopen(argv[1], "r"); int rounds = 0; if (!in || fscanf(in, "%d", &rounds) != 1) return 1;
    printf("%d\n", rounds); fflush(stdout);
    char word[32]; int value;
    for (int i = 0; i < rounds; i++) {
        if (scanf("%31s %d", word, &value) != 2 || strcmp(word, "?") || value != i) return 43;
        printf("ok\n"); fflush(stdout);
    }
    if (scanf("%31s", word) != 1 || strcmp(word, "!")) return 43;
    return 42;
}
"""
FLOOD = "import sys\nchunk = b'x' * 65536\nwhile True:\n    sys.stdout.buffer.write(chunk)\n"
DRAIN = "import sys\nwhile sys.stdin.buffer.read(1 << 20):\n    pass\nsys.exit(43)\n"


def pipes(rounds: int, folder: Path) -> float:
    """The two programs joined by two OS pipes on the host: the floor."""
    (folder / "input").write_text(f"{rounds}\n")
    started = time.perf_counter()
    solution_in, interactor_out = os.pipe()
    interactor_in, solution_out = os.pipe()
    interactor = subprocess.Popen(
        [str(folder / "answer"), str(folder / "input")], stdin=interactor_in, stdout=interactor_out
    )
    solution = subprocess.Popen([str(folder / "ask")], stdin=solution_in, stdout=solution_out)
    for fd in (solution_in, interactor_out, interactor_in, solution_out):
        os.close(fd)
    solution.wait()
    code = interactor.wait()
    assert code == 42, code
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", default="local", choices=["local", "docker"])
    options = parser.parse_args()
    cpp = LANGUAGES["cpp"]
    folder = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    try:
        for name, source in (("ask", ASK), ("answer", ANSWER)):
            (folder / f"{name}.cpp").write_text(source)
            subprocess.run(["g++", "-O2", "-o", str(folder / name), str(folder / f"{name}.cpp")], check=True)
        direct = min(pipes(options.rounds, folder) for _ in range(options.runs))

        settings = Settings(runner=options.backend, pool_size=2)
        sandbox = make_sandbox(settings)
        limits = grading_limits(settings)
        run_limits = Limits(cpu_ms=10_000, memory_kb=256 * 1024)
        peer_limits = Limits(cpu_ms=10_000, memory_kb=256 * 1024, wall_ms=60_000)
        try:
            with sandbox.session() as solution, sandbox.session() as interactor:
                ask, answer = Program(cpp, ASK), Program(cpp, ANSWER)
                ask.prepare(solution, limits.compile)
                answer.prepare(interactor, limits.compile)
                interactor.write_file("input", f"{options.rounds}\n".encode())
                relayed = []
                for _ in range(options.runs):
                    started = time.perf_counter()
                    done = solution.execute_connected(
                        ask.command(run_limits), limits=run_limits, env=None, peer=interactor,
                        peer_argv=answer.command(peer_limits, ["input"]), peer_limits=peer_limits, peer_env=None,
                    )  # fmt: skip
                    relayed.append(time.perf_counter() - started)
                    assert done.second.exit_code == 42, done
                python = LANGUAGES["python"]
                flood, drain = Program(python, FLOOD), Program(python, DRAIN)
                flood.prepare(solution, limits.compile)
                drain.prepare(interactor, limits.compile)
                flood_limits = Limits(cpu_ms=10_000, memory_kb=256 * 1024)
                started = time.perf_counter()
                flooded = solution.execute_connected(
                    flood.command(flood_limits), limits=flood_limits, env=None, peer=interactor,
                    peer_argv=drain.command(peer_limits), peer_limits=peer_limits, peer_env=None,
                )  # fmt: skip
                flood_seconds = time.perf_counter() - started
        finally:
            sandbox.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    best = min(relayed)
    print(f"{options.rounds} question/answer rounds, C++ on both sides, fastest of {options.runs}:")
    print(
        f"  host pipes        {direct * 1000:8.1f} ms   {direct / options.rounds * 1e6:6.1f} µs per round trip   x1.0"
    )
    print(
        f"  relay ({options.backend:6})    {best * 1000:8.1f} ms   {best / options.rounds * 1e6:6.1f} µs per round trip"
        f"   x{best / direct:.1f}"
    )
    print(
        f"one-way flood through the relay: {flooded.first.status.value} after {flood_seconds:.2f} s "
        f"(64 MB output limit: {64 / flood_seconds:.0f} MB/s)"
    )


if __name__ == "__main__":
    main()
