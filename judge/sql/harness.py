"""The SQL harness: runs inside the sandbox, as the run uid, with the system Python (`python3 -S`)
and nothing of the judge. Usage: `python3 -S sql_harness.py sqlite|postgresql`.

stdin: a per-run secret on the first line, then the job as JSON:
  {"schema": "CREATE TABLE …", "tables": null | ["Name", …], "time_limit_ms": 1000,
   "memory_limit_kb": 262144, "row_limit": 100000, "datasets": ["data/1.json", …],
   "table_order": ["Name", …]}  (the schema's order of creation: tables are loaded in it)
The candidate's statements are in query.sql; each dataset file holds the rows of every table:
  {"Employee": {"columns": ["id", "name"], "rows": [[1, "Ann"], [2, null]]}}

For each dataset in order, the harness makes a database that holds the schema and that dataset
only, runs the statements in it as a role that owns those tables and nothing else, and reports
one line on stdout: `\\x1e<secret> <index> <json>`, where json is
  {"status": "ok", "columns": [...], "rows": [[...]], "time_ms": n, "memory_kb": n}
  (with "tables" instead of columns and rows when the problem names the tables to judge), or
  {"status": "error" | "tle" | "mle" | "ole", "message": "...", "time_ms": n, "memory_kb": n}.
It stops after the first dataset that is not "ok" (the judge stops there too), unless the job
says "keep_going": true (the editor's Run shows every sample).

Time is the CPU time of the statements alone (not the server's start or the dataset's loading):
the forked child's for SQLite, the server backend's for PostgreSQL, measured from the kernel's
counters; past the time limit the statements are stopped. Nothing the statements do can write on
stdout: the database has no way to, and the secret keeps the report unforgeable anyway."""

from __future__ import annotations

import json
import math
import os
import resource
import signal
import subprocess
import sys
import threading
import time

MARK = "\x1e"
PG_TEMPLATE = "/opt/judge/pgtemplate"
RESULT_BYTES = 32 * 1024 * 1024  # a result larger than this is OLE: no expected result is near it


class Stop(Exception):
    """The statements broke a limit: status is tle, mle or ole."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------------------------------------
# Values: JSON numbers stay exact (a DECIMAL's 2.50 is written 2.50), dates become ISO text.


def encode(value: object) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    kind = type(value).__name__
    if kind == "Decimal":
        if value.is_nan():  # type: ignore[attr-defined]
            return "NaN"
        if value.is_infinite():  # type: ignore[attr-defined]
            return "Infinity" if value > 0 else "-Infinity"  # type: ignore[operator]
        text = str(value)
        return text if "E" not in text else format(value, "f")
    if kind in ("date", "datetime", "time"):
        return json.dumps(value.isoformat(sep=" ") if kind == "datetime" else value.isoformat())  # type: ignore[attr-defined]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return json.dumps("\\x" + bytes(value).hex())
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(encode(item) for item in value) + "]"
    if isinstance(value, dict):
        return json.dumps(json.dumps(value, sort_keys=True))
    return json.dumps(str(value))


class ResultWriter:
    """A result set as JSON text, refusing one larger than the row or byte limit."""

    def __init__(self, columns: list[str], row_limit: int) -> None:
        self.columns = columns
        self.row_limit = row_limit
        self.rows: list[str] = []
        self.size = 0

    def add(self, rows: list) -> None:
        for row in rows:
            text = "[" + ",".join(encode(value) for value in row) + "]"
            self.size += len(text) + 1
            self.rows.append(text)
            if len(self.rows) > self.row_limit:
                raise Stop("ole", f"the result has more than {self.row_limit} rows")
            if self.size > RESULT_BYTES:
                raise Stop("ole", f"the result is larger than {RESULT_BYTES // 2**20} MB")

    def json(self) -> str:
        return '{"columns":' + json.dumps(self.columns) + ',"rows":[' + ",".join(self.rows) + "]}"


def read_dataset(path: str) -> dict:
    """A dataset with its numbers exact: a DECIMAL(30,10) value must reach PostgreSQL unrounded."""
    from decimal import Decimal

    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def tables_in_order(job: dict, dataset: dict) -> list[str]:
    """The dataset's tables in the order the schema creates them (parents before the tables whose
    foreign keys refer to them)."""
    order = {name.casefold(): index for index, name in enumerate(job.get("table_order", []))}
    return sorted(dataset, key=lambda name: order.get(name.casefold(), len(order)))


def table_rows(dataset: dict, name: str) -> tuple[list[str], list[list]]:
    table = dataset[name]
    return list(table["columns"]), [list(row) for row in table["rows"]]


def quote_identifier(name: str) -> str:
    """A table or column name as the dataset gives it, unquoted: each engine then folds its case as
    it did for the schema's CREATE TABLE (PostgreSQL to lower case). The judge checks on loading a
    package that every name is a plain identifier."""
    if not name.replace("_", "a").isalnum() or name[0].isdigit():
        raise ValueError(f"not a plain identifier: {name!r}")
    return name


# ---------------------------------------------------------------------------------------------
# SQLite: the library itself, one in-memory database per dataset, in a forked child.

# What a statement may do (sqlite3 authorizer action codes): read and change the tables of its own
# database, make and drop its own tables, indexes, views and triggers, call functions. Never ATTACH
# (another file: the way out of the database), DETACH or PRAGMA.
SQLITE_ALLOWED = {
    "SQLITE_SELECT", "SQLITE_READ", "SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_FUNCTION",
    "SQLITE_RECURSIVE", "SQLITE_TRANSACTION", "SQLITE_SAVEPOINT", "SQLITE_ANALYZE", "SQLITE_REINDEX",
    "SQLITE_ALTER_TABLE", "SQLITE_CREATE_INDEX", "SQLITE_CREATE_TABLE", "SQLITE_CREATE_TEMP_INDEX",
    "SQLITE_CREATE_TEMP_TABLE", "SQLITE_CREATE_TEMP_TRIGGER", "SQLITE_CREATE_TEMP_VIEW",
    "SQLITE_CREATE_TRIGGER", "SQLITE_CREATE_VIEW", "SQLITE_DROP_INDEX", "SQLITE_DROP_TABLE",
    "SQLITE_DROP_TEMP_INDEX", "SQLITE_DROP_TEMP_TABLE", "SQLITE_DROP_TEMP_TRIGGER", "SQLITE_DROP_TEMP_VIEW",
    "SQLITE_DROP_TRIGGER", "SQLITE_DROP_VIEW",
}  # fmt: skip


def split_statements(text: str, complete) -> list[str]:
    """The statements of a script, split where SQLite itself says a statement is complete (a
    semicolon in a string or a comment does not end one)."""
    statements, current = [], ""
    for line in text.splitlines(keepends=True):
        current += line
        while ";" in current:
            # Try each semicolon in turn: the first one that completes a statement ends it.
            cut = -1
            position = current.find(";")
            while position >= 0:
                if complete(current[: position + 1]):
                    cut = position
                    break
                position = current.find(";", position + 1)
            if cut < 0:
                break
            statements.append(current[: cut + 1])
            current = current[cut + 1 :]
    if current.strip():
        statements.append(current)
    return [s for s in statements if strip_comments(s)]


def strip_comments(statement: str) -> str:
    """The statement without comments and white space ('' for a comment-only piece)."""
    out, i, n = [], 0, len(statement)
    while i < n:
        if statement.startswith("--", i):
            end = statement.find("\n", i)
            i = n if end < 0 else end + 1
        elif statement.startswith("/*", i):
            end = statement.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif statement[i] in "'\"":
            quote, j = statement[i], i + 1
            while j < n and not (statement[j] == quote and not statement.startswith(quote * 2, j)):
                j += 2 if statement.startswith(quote * 2, j) else 1
            out.append(statement[i : j + 1])
            i = j + 1
        else:
            out.append(statement[i])
            i += 1
    return "".join(out).strip().rstrip(";").strip()


def sqlite_child(job: dict, dataset: dict, query: str, report) -> None:
    import sqlite3

    limit_s = job["time_limit_ms"] / 1000
    from decimal import Decimal

    sqlite3.register_adapter(Decimal, float)  # SQLite has no exact decimals: its REAL is what it keeps
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(job["schema"])
    for name in tables_in_order(job, dataset):
        columns, rows = table_rows(dataset, name)
        placeholders = ",".join("?" * len(columns))
        names = ",".join(quote_identifier(c) for c in columns)
        conn.executemany(f"INSERT INTO {quote_identifier(name)} ({names}) VALUES ({placeholders})", rows)

    # By value: the module's constants mix action codes with result and error codes that share them.
    allowed = {getattr(sqlite3, name) for name in SQLITE_ALLOWED if hasattr(sqlite3, name)}

    def authorize(action, *_):
        return sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY

    conn.set_authorizer(authorize)
    # The statements' memory: what the process holds now (Python, the data) plus the limit.
    with open("/proc/self/status") as status:
        size_kb = next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
    address_space = (size_kb + job["memory_limit_kb"]) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    start = time.process_time()

    def progress() -> int:
        return 1 if time.process_time() - start > limit_s else 0

    conn.set_progress_handler(progress, 10_000)
    writer = None
    try:
        statements = split_statements(query, sqlite3.complete_statement)
        if not statements:
            raise sqlite3.ProgrammingError("the query is empty")
        for statement in statements:
            cursor = conn.execute(statement)
            if cursor.description is not None:
                writer = ResultWriter([d[0] for d in cursor.description], job["row_limit"])
                while batch := cursor.fetchmany(1000):
                    writer.add(batch)
        elapsed = time.process_time() - start
        conn.set_progress_handler(None, 0)
        conn.set_authorizer(None)
        if elapsed > limit_s:
            raise Stop("tle", "")
        if job["tables"] is not None:
            report(read_tables(conn.execute, job["tables"], job["row_limit"], (sqlite3.OperationalError,)), elapsed)
        elif writer is None:
            report({"status": "error", "message": "the statements returned no result (no SELECT)"}, elapsed)
        else:
            report(writer, elapsed)
    except Stop as e:
        report({"status": e.status, "message": str(e)}, time.process_time() - start)
    except MemoryError:
        report({"status": "mle", "message": ""}, time.process_time() - start)
    except sqlite3.Error as e:
        elapsed = time.process_time() - start
        message = str(e)
        if message == "interrupted" or elapsed > limit_s:
            report({"status": "tle", "message": ""}, elapsed)
        elif "out of memory" in message:
            report({"status": "mle", "message": ""}, elapsed)
        else:
            report({"status": "error", "message": message}, elapsed)


class TablesWriter:
    """A write problem's final tables as JSON text, each written like a result set (so a DECIMAL
    stays digit for digit: never through a float)."""

    def __init__(self) -> None:
        self.tables: list[tuple[str, ResultWriter]] = []

    def json(self) -> str:
        return '{"tables":{' + ",".join(json.dumps(name) + ":" + w.json() for name, w in self.tables) + "}}"


def read_tables(execute, tables: list[str], row_limit: int, gone: tuple) -> TablesWriter:
    """The final state of the tables a write problem judges, by name; a table the statements
    dropped is left out (the judge says it is gone). `gone`: the engine's errors for that."""
    result = TablesWriter()
    for name in tables:
        try:
            cursor = execute(f"SELECT * FROM {quote_identifier(name)}")
        except gone:
            continue
        writer = ResultWriter([d[0] for d in cursor.description], row_limit)
        while batch := cursor.fetchmany(1000):
            writer.add(batch)
        result.tables.append((name, writer))
    return result


def sqlite_process(job: dict, dataset: dict, query: str, out) -> int:
    """The forked child's life: its report goes to `out` as `status time_ms json`."""

    def report(result, elapsed: float) -> None:
        if isinstance(result, ResultWriter | TablesWriter):
            status, body = "ok", result.json()[:-1] + ',"status":"ok"}'
        else:
            status, body = result["status"], json.dumps(result)
        out.write(f"{status} {round(elapsed * 1000)} {body}")
        out.flush()

    try:
        sqlite_child(job, dataset, query, report)
    except BaseException as e:  # the dataset or the schema failed: the package's fault
        sys.stderr.write(f"judge: {type(e).__name__}: {e}\n")
        return 3
    return 0


def run_sqlite(job: dict, query: str, emit) -> None:
    for index, path in enumerate(job["datasets"]):
        dataset = read_dataset(path)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: load, run, report through the pipe, exit without cleanup
            os.close(read_end)
            os._exit(sqlite_process(job, dataset, query, os.fdopen(write_end, "w")))
        os.close(write_end)
        with os.fdopen(read_end, "r") as pipe:
            text = pipe.read()
        _, wait_status, usage = os.wait4(pid, 0)
        memory_kb = usage.ru_maxrss
        if not text:
            if os.WIFSIGNALED(wait_status) and os.WTERMSIG(wait_status) in (signal.SIGKILL, signal.SIGSEGV):
                result = {"status": "mle", "message": ""}  # the address-space limit, met outside malloc
            else:
                result = {"status": "ie", "message": "the dataset could not be loaded"}
            emit(index, json.dumps({**result, "time_ms": 0, "memory_kb": memory_kb}))
            return
        status, elapsed_ms, body = text.split(" ", 2)
        emit(index, body[:-1] + f',"time_ms":{elapsed_ms},"memory_kb":{memory_kb}}}')
        if status != "ok" and not job.get("keep_going"):
            return


# ---------------------------------------------------------------------------------------------
# PostgreSQL: the server itself, on a copy of the template data directory, unix socket only.


def pg_bin() -> str:
    roots = sorted(
        (d for d in os.listdir("/usr/lib/postgresql") if os.path.isfile(f"/usr/lib/postgresql/{d}/bin/postgres")),
        key=lambda d: [int(p) if p.isdigit() else 0 for p in d.split(".")],
    )
    if not roots:
        raise RuntimeError("no PostgreSQL server in /usr/lib/postgresql")
    return f"/usr/lib/postgresql/{roots[-1]}/bin"


def cpu_ns(pid: int) -> int:
    """The CPU time of a process so far (the scheduler's counter, in nanoseconds)."""
    with open(f"/proc/{pid}/schedstat") as f:
        return int(f.read().split()[0])


def memory_kb(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Watchdog(threading.Thread):
    """Stops a backend that is over the time or memory limit: SIGTERM, which PostgreSQL turns into
    the end of the connection (a PL/pgSQL loop can catch a query cancel, never this)."""

    def __init__(self, pid: int, limit_ms: int, memory_limit_kb: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.limit_ns = limit_ms * 1_000_000
        self.wall_s = 3 * limit_ms / 1000 + 1
        self.memory_limit_kb = memory_limit_kb
        self.start_ns = cpu_ns(pid)
        self.done = threading.Event()
        self.fired = ""
        self.fired_ms = 0  # the CPU time when it fired
        self.peak_kb = 0

    def used_ns(self) -> int:
        return cpu_ns(self.pid) - self.start_ns

    def run(self) -> None:
        began = time.monotonic()
        while not self.done.wait(0.005):
            try:
                used = self.used_ns()
                rss = memory_kb(self.pid, "VmRSS")
            except (OSError, ValueError, IndexError):
                return
            self.peak_kb = max(self.peak_kb, rss)
            self.fired_ms = used // 1_000_000
            if used > self.limit_ns or time.monotonic() - began > self.wall_s:
                self.fired = "tle"
            elif rss > self.memory_limit_kb:
                self.fired = "mle"
            if self.fired:
                try:
                    os.kill(self.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                return


class Postgres:
    def __init__(self) -> None:
        sys.path.append("/usr/lib/python3/dist-packages")  # python3-psycopg2; -S left it out
        import psycopg2

        self.psycopg2 = psycopg2
        base = os.path.abspath("pg")
        os.makedirs(base, mode=0o700)
        self.data = os.path.join(base, "data")
        self.socket = os.path.join(base, "socket")
        os.mkdir(self.socket, 0o700)
        # cp is twice as fast as shutil.copytree here; the copy must be ours and 0700 for postgres.
        subprocess.run(["cp", "-r", PG_TEMPLATE, self.data], check=True)
        os.chmod(self.data, 0o700)
        self.log = open(os.path.join(base, "log"), "wb")
        self.server = subprocess.Popen(
            [os.path.join(pg_bin(), "postgres"), "-D", self.data, "-k", self.socket],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                self.admin = self.connect("judge", "judge")
                break
            except psycopg2.OperationalError:
                if self.server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the PostgreSQL server did not start: " + self.log_tail()) from None
                time.sleep(0.003)
        self.schema = ""

    def log_tail(self) -> str:
        self.log.flush()
        with open(self.log.name, "rb") as f:
            return f.read()[-2000:].decode(errors="replace")

    def connect(self, user: str, dbname: str, search_path: str = ""):
        options = f"-c search_path={search_path}" if search_path else ""
        conn = self.psycopg2.connect(host=self.socket, user=user, dbname=dbname, options=options)
        conn.autocommit = True
        return conn

    def fresh_schema(self, index: int) -> str:
        """A schema that holds this dataset only: the previous one is dropped first."""
        cursor = self.admin.cursor()
        if self.schema:
            cursor.execute(f"DROP SCHEMA {self.schema} CASCADE")
        self.schema = f"test_{index}"
        cursor.execute(f"CREATE SCHEMA {self.schema} AUTHORIZATION candidate")
        return self.schema

    def load(self, job: dict, dataset: dict, schema: str) -> None:
        conn = self.connect("candidate", "judge", schema)
        cursor = conn.cursor()
        cursor.execute(job["schema"])
        import io

        for name in tables_in_order(job, dataset):
            columns, rows = table_rows(dataset, name)
            buffer = io.StringIO()
            for row in rows:
                buffer.write("\t".join(copy_text(value) for value in row) + "\n")
            buffer.seek(0)
            names = ",".join(quote_identifier(c) for c in columns)
            cursor.copy_expert(f"COPY {quote_identifier(name)} ({names}) FROM STDIN", buffer)
        cursor.execute("ANALYZE")  # autovacuum is off: the planner learns the tables' sizes here
        conn.close()

    def run_query(self, job: dict, query: str, schema: str):
        psycopg2 = self.psycopg2
        conn = self.connect("candidate", "judge", schema)
        cursor = conn.cursor()
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
        watchdog = Watchdog(pid, job["time_limit_ms"], job["memory_limit_kb"])
        watchdog.start()
        writer = None
        try:
            if not strip_comments(query):
                raise psycopg2.ProgrammingError("the query is empty")
            cursor.execute(query)
            if cursor.description is not None:
                writer = ResultWriter([d[0] for d in cursor.description], job["row_limit"])
                while batch := cursor.fetchmany(1000):
                    writer.add(batch)
            used_ms = watchdog.used_ns() // 1_000_000
            peak_kb = max(watchdog.peak_kb, memory_kb(pid, "VmHWM"))
        except psycopg2.Error as e:
            watchdog.done.set()
            watchdog.join()
            if watchdog.fired:
                return {"status": watchdog.fired, "message": ""}, watchdog.fired_ms, watchdog.peak_kb
            used_ms = watchdog.used_ns() // 1_000_000
            try:
                peak_kb = max(watchdog.peak_kb, memory_kb(pid, "VmHWM"))
            except OSError:
                peak_kb = watchdog.peak_kb
            message = (e.pgerror or str(e)).strip()
            if isinstance(e, psycopg2.OperationalError) and conn.closed:
                message = "the server ended the connection: " + message
            return {"status": "error", "message": message}, used_ms, peak_kb
        finally:
            watchdog.done.set()
        watchdog.join()
        if watchdog.fired:
            return {"status": watchdog.fired, "message": ""}, watchdog.fired_ms, watchdog.peak_kb
        if job["tables"] is not None:

            def execute(sql: str):
                cursor.execute(sql)
                return cursor

            tables = read_tables(execute, job["tables"], job["row_limit"], (psycopg2.errors.UndefinedTable,))
            conn.close()
            return tables, used_ms, peak_kb
        conn.close()
        if writer is None:
            return {"status": "error", "message": "the statements returned no result (no SELECT)"}, used_ms, peak_kb
        return writer, used_ms, peak_kb

    def stop(self) -> None:
        self.server.send_signal(signal.SIGQUIT)  # immediate shutdown: nothing here is worth keeping
        self.server.wait()


def copy_text(value: object) -> str:
    """A value in COPY's text format."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    text = value if isinstance(value, str) else str(value)  # a Decimal digit for digit
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def run_postgres(job: dict, query: str, emit) -> None:
    server = Postgres()
    try:
        for index, path in enumerate(job["datasets"]):
            dataset = read_dataset(path)
            schema = server.fresh_schema(index)
            server.load(job, dataset, schema)
            result, used_ms, peak_kb = server.run_query(job, query, schema)
            suffix = f',"time_ms":{used_ms},"memory_kb":{peak_kb}}}'
            if isinstance(result, ResultWriter | TablesWriter):
                emit(index, result.json()[:-1] + ',"status":"ok"' + suffix)
                continue
            emit(index, json.dumps(result)[:-1] + suffix)
            if result["status"] != "ok" and not job.get("keep_going"):
                return
    finally:
        server.stop()


def main() -> None:
    engine = sys.argv[1]
    secret = sys.stdin.buffer.readline().strip().decode()
    job = json.loads(sys.stdin.buffer.read())
    with open("query.sql", encoding="utf-8") as f:
        query = f.read()
    out = sys.stdout

    def emit(index: int, body: str) -> None:
        out.write(f"{MARK}{secret} {index} {body}\n")
        out.flush()

    if engine == "sqlite":
        run_sqlite(job, query, emit)
    elif engine == "postgresql":
        run_postgres(job, query, emit)
    else:
        raise SystemExit(f"judge: unknown engine {engine!r}")


if __name__ == "__main__":
    main()
