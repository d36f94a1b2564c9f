"""Java start-up, side by side: the median of N runs of `javac` and `java` on a hello world and on a
typical 100-line solution, on this host and in the runner image, with and without class-data-sharing
archives beyond the JDK's default one.

    .venv/bin/python -m bench.java_startup [--runs 20] [--image judge-runner:TAG] [--no-host] [--no-docker]

javac, three variants:
- `before`:      the flags before the archive (BEFORE_COMPILE);
- `no archive`:  the languages table's flags with its archive missing, as on the local backend (the
                 JVM falls back to the JDK's default archive);
- `archive`:     the table's flags with the archive: in the image the one it was built with; on the
                 host one made in a temporary folder by the Dockerfile's own recipe.
java, two variants:
- `table`:       the table's flags (no archive of ours: the run was left as it was);
- `run archive`: plus a dynamic archive of the classes this very program loads, recorded by running
                 it once: the best any archive for the run could do. It was tried and dropped.
Each side measures its cases interleaved (one run of each in turn, N rounds), directly (no sandbox):
the docker side in one `docker run` of the runner image as an unprivileged uid with a read-only root
file system and one CPU, as the judge's containers get. Wall time is from fork to exit; CPU is the
children's user+sys time (less noisy when the machine is busy).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELLO = 'public class Main { public static void main(String[] args) { System.out.println("Hello, world"); } }\n'
TYPICAL = """import java.io.*;
import java.util.*;
import java.util.stream.*;

public class Main {
    record Edge(int to, long w) {}

    static final class FastReader {
        private final BufferedReader in;
        private StringTokenizer st;
        FastReader(InputStream stream) { in = new BufferedReader(new InputStreamReader(stream)); }
        String next() throws IOException {
            while (st == null || !st.hasMoreTokens()) {
                String line = in.readLine();
                if (line == null) return null;
                st = new StringTokenizer(line);
            }
            return st.nextToken();
        }
        int nextInt() throws IOException { return Integer.parseInt(next()); }
        long nextLong() throws IOException { return Long.parseLong(next()); }
    }

    static long[] dijkstra(List<List<Edge>> graph, int source) {
        long[] dist = new long[graph.size()];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong(a -> a[0]));
        queue.add(new long[] {0, source});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (Edge e : graph.get(u)) {
                long nd = dist[u] + e.w();
                if (nd < dist[e.to()]) {
                    dist[e.to()] = nd;
                    queue.add(new long[] {nd, e.to()});
                }
            }
        }
        return dist;
    }

    static int components(int n, int[][] pairs) {
        int[] parent = IntStream.range(0, n).toArray();
        int count = n;
        for (int[] p : pairs) {
            int a = find(parent, p[0]), b = find(parent, p[1]);
            if (a != b) { parent[a] = b; count--; }
        }
        return count;
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int n = in.nextInt(), m = in.nextInt();
        List<List<Edge>> graph = new ArrayList<>();
        for (int i = 0; i < n; i++) graph.add(new ArrayList<>());
        int[][] pairs = new int[m][];
        Map<String, Integer> degree = new HashMap<>();
        TreeMap<Long, Integer> weights = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            int a = in.nextInt() - 1, b = in.nextInt() - 1;
            long w = in.nextLong();
            graph.get(a).add(new Edge(b, w));
            graph.get(b).add(new Edge(a, w));
            pairs[i] = new int[] {a, b};
            degree.merge("node" + a, 1, Integer::sum);
            degree.merge("node" + b, 1, Integer::sum);
            weights.merge(w, 1, Integer::sum);
        }
        long[] dist = dijkstra(graph, 0);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(dist[i] == Long.MAX_VALUE ? -1 : dist[i]).append(i + 1 < n ? ' ' : '\\n');
        }
        out.append("components ").append(components(n, pairs)).append('\\n');
        List<String> busiest = degree.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.toList());
        out.append(String.join(",", busiest)).append('\\n');
        Deque<Integer> stack = new ArrayDeque<>();
        for (long w : weights.keySet()) stack.push((int) (w % 1000));
        Set<Integer> seen = new HashSet<>(stack);
        out.append(String.format("%d distinct, max %d%n", seen.size(), weights.isEmpty() ? 0 : weights.lastKey()));
        int[] sorted = Arrays.stream(dist).filter(d -> d != Long.MAX_VALUE).mapToInt(d -> (int) d).sorted().toArray();
        out.append(Arrays.toString(sorted)).append('\\n');
        System.out.print(out);
    }
}
"""
TYPICAL_STDIN = "4 4\n1 2 5\n2 3 7\n1 3 20\n3 4 1\n"
TYPICAL_STDOUT = "0 5 12 13\ncomponents 1\nnode2=3,node0=2,node1=2\n4 distinct, max 20\n[0, 5, 12, 13]\n"
PROGRAMS = {"hello": (HELLO, "", "Hello, world\n"), "typical": (TYPICAL, TYPICAL_STDIN, TYPICAL_STDOUT)}

# The java row of judge/languages/table.py before the archive, for comparison.
BEFORE_COMPILE = (
    "javac", "-J-Xmx512m", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-encoding", "UTF-8", "{src}",
)  # fmt: skip
ARCHIVES = "/opt/judge/cds"  # where the runner image keeps the archive (runners/Dockerfile)
MISSING = "/nonexistent/cds"
DEFAULT_ARCHIVE = "/usr/lib/jvm/java-17-openjdk-amd64/lib/server/classes.jsa"
VARIANTS = {"javac": ("before", "no archive", "archive"), "java": ("table", "run archive")}


# --- the measuring side: stdlib only, it also runs inside the runner image ---------------------------


def measure(job: dict) -> dict:
    """Median wall and CPU ms of every (program, tool, variant) of `job`, run interleaved. In the
    commands, {root} is a scratch folder and {name} the program's name."""
    root = Path(tempfile.mkdtemp(prefix="java-startup-"))
    cases = []  # (key, argv, folder, stdin, expected output)
    for name, (source, stdin, stdout) in job["programs"].items():
        for tool, variants in job["commands"].items():
            for variant, template in variants.items():
                argv = [part.replace("{root}", str(root)).replace("{name}", name) for part in template]
                folder = root / f"{name}-{tool}-{variant}".replace(" ", "_")
                folder.mkdir()
                (folder / "Main.java").write_text(source)
                if tool == "java":  # its classes (the same whatever javac's flags)
                    subprocess.run(job["commands"]["javac"]["before"], cwd=folder, check=True, capture_output=True)
                if variant == "run archive":  # recorded by one run of the program itself
                    record = [part.replace("{root}", str(root)).replace("{name}", name) for part in job["record"]]
                    subprocess.run(record, cwd=folder, input=stdin.encode(), check=True, capture_output=True)
                given, expected = (stdin, stdout) if tool == "java" else ("", "")
                cases.append((f"{name}|{tool}|{variant}", argv, folder, given, expected))
    for key, argv, folder, stdin, expected in cases:  # warm-up, and every output must be exactly right
        done = subprocess.run(argv, cwd=folder, input=stdin.encode(), capture_output=True)
        output = done.stdout.decode() + done.stderr.decode()
        if done.returncode != 0 or output != expected:
            raise SystemExit(f"{key}: exit {done.returncode}, output {output!r}, expected {expected!r}")
    wall: dict[str, list[float]] = {key: [] for key, *_ in cases}
    cpu: dict[str, list[float]] = {key: [] for key, *_ in cases}
    for round_ in range(job["runs"]):
        shift = round_ % len(cases)  # a different case goes first each round
        for key, argv, folder, stdin, _ in cases[shift:] + cases[:shift]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(argv, cwd=folder, input=stdin.encode(), capture_output=True)
            wall[key].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[key].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    shutil.rmtree(root, ignore_errors=True)
    return {key: [statistics.median(wall[key]) * 1000, statistics.median(cpu[key]) * 1000] for key in wall}


# --- the host side -----------------------------------------------------------------------------------


def job(runs: int, archives: str) -> dict:
    from judge.languages import LANGUAGES
    from judge.sandbox.base import Limits

    java = LANGUAGES["java"]
    assert java.compile is not None
    limits = Limits(cpu_ms=2000, memory_kb=256 * 1024, stack_kb=64 * 1024)

    def expand(template: tuple[str, ...], archives: str) -> list[str]:
        return [part.replace(ARCHIVES, archives) for part in java.expand(template, HELLO, limits)]

    run = expand(java.run, archives)
    at = run.index("-cp")
    return {
        "runs": runs,
        "programs": PROGRAMS,
        "commands": {
            "javac": {
                "before": expand(BEFORE_COMPILE, archives),
                "no archive": expand(java.compile, MISSING),
                "archive": expand(java.compile, archives),
            },
            "java": {
                "table": run,
                "run archive": [
                    *run[:at],
                    f"-XX:SharedArchiveFile={DEFAULT_ARCHIVE}:{{root}}/{{name}}.jsa",
                    "-Xlog:cds*=off",
                    *run[at:],
                ],
            },
        },
        "record": [*run[:at], "-XX:ArchiveClassesAtExit={root}/{name}.jsa", *run[at:]],
    }


def dockerfile_recipe() -> str:
    """The runner image's RUN step that makes the javac archive, as one shell command."""
    text = (Path(__file__).resolve().parents[1] / "runners" / "Dockerfile").read_text()
    steps = re.split(r"\n(?=[A-Z]+ )", re.sub(r"^#.*\n", "", text, flags=re.M))
    recipe = [step for step in steps if step.startswith("RUN ") and f"{ARCHIVES}/javac.jsa" in step]
    if len(recipe) != 1:
        raise SystemExit(f"runners/Dockerfile has no single RUN step making {ARCHIVES}/javac.jsa")
    return recipe[0].removeprefix("RUN ").replace("\\\n", "")


def host_archives(folder: Path) -> str:
    """The javac archive made on this host by the Dockerfile's recipe, in `folder`/cds instead of
    /opt/judge/cds (and `folder`/train instead of /tmp/cds)."""
    target = folder / "cds"
    script = dockerfile_recipe().replace(ARCHIVES, str(target)).replace("/tmp/cds", str(folder / "train"))
    done = subprocess.run(["sh", "-ec", script], capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"the Dockerfile's recipe failed on this host: {done.stderr.decode(errors='replace')}")
    return str(target)


def in_image(image: str, job: dict) -> dict:
    docker = [
        "docker", "run", "--rm", "-i", "--network", "none", "--read-only", "--tmpfs", "/tmp:exec,size=256m",
        "--user", "65534:65534", "--cpus", "1", "-e", "HOME=/tmp", "-e", "LANG=C.UTF-8", "-e", "PATH=/usr/bin:/bin",
        image, "python3", "-", "--inside", json.dumps(job),
    ]  # fmt: skip
    done = subprocess.run(docker, input=Path(__file__).read_bytes(), capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"in the image: {done.stderr.decode(errors='replace')}")
    return json.loads(done.stdout)


def table(results: dict[str, dict]) -> None:
    sides = list(results)
    columns = "".join(f" | {side + ' wall':>12} {'cpu':>7}" for side in sides)
    header = f"{'program':8} {'tool':5} {'variant':11}{columns}"
    print(header)
    print("-" * len(header))
    for name in PROGRAMS:
        for tool, variants in VARIANTS.items():
            for variant in variants:
                key = f"{name}|{tool}|{variant}"
                cells = "".join(f" | {results[s][key][0]:9.1f} ms {results[s][key][1]:7.1f}" for s in sides)
                print(f"{name:8} {tool:5} {variant:11}{cells}")
    print()
    for side in sides:
        for name in PROGRAMS:
            run = results[side][f"{name}|java|table"][0]
            before, local, now = (results[side][f"{name}|javac|{v}"][0] + run for v in VARIANTS["javac"])
            print(
                f"{side:6} {name:8} javac+java wall: before {before:6.1f} ms, without the archive {local:6.1f} ms, "
                f"with it {now:6.1f} ms ({(now / before - 1) * 100:+.0f}%)"
            )


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--inside":
        print(json.dumps(measure(json.loads(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--image", help="runner image (default: the judge's, `judge build-runner` makes it)")
    parser.add_argument("--no-host", action="store_true")
    parser.add_argument("--no-docker", action="store_true")
    args = parser.parse_args()

    results: dict[str, dict] = {}
    if not args.no_docker:
        from judge.sandbox.docker_image import image_tag

        image = args.image or image_tag()
        print(f"docker: {image}, 1 CPU, uid 65534, read-only root", file=sys.stderr)
        results["docker"] = in_image(image, job(args.runs, ARCHIVES))
    if not args.no_host:
        with tempfile.TemporaryDirectory() as folder:
            os.chmod(folder, 0o755)
            archives = host_archives(Path(folder))
            print(f"host: {shutil.which('java')}, javac archive made in {archives}", file=sys.stderr)
            results["host"] = measure(job(args.runs, archives))
    table(results)


if __name__ == "__main__":
    main()
