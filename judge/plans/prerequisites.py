"""Which topic a plan should reach before another: the order the best-known interview lists teach
(arrays and hashing before two pointers, trees before binary search trees, recursion before
dynamic programming, SELECT before joins). `judge check` warns about a plan that reaches a topic
before all of its prerequisites that the plan practises somewhere; a prerequisite the plan never
practises is assumed known (an SQL plan need not teach arrays)."""

from __future__ import annotations

PREREQUISITES: dict[str, tuple[str, ...]] = {
    "two-pointers": ("arrays",),
    "sliding-window": ("two-pointers", "hashing"),
    "prefix-sums": ("arrays",),
    "binary-search": ("arrays",),
    "bst": ("trees",),
    "heaps": ("arrays",),
    "bfs": ("queues", "graphs", "trees"),
    "shortest-paths": ("bfs", "heaps"),
    "topological-sort": ("graphs",),
    "union-find": ("graphs",),
    "backtracking": ("recursion",),
    "knapsack": ("dynamic-programming",),
    "sql-joins": ("sql-select",),
    "sql-aggregation": ("sql-select",),
    "sql-subqueries": ("sql-select",),
    "sql-cte": ("sql-subqueries",),
    "sql-window-functions": ("sql-aggregation",),
}


def skipped(sections: list[list[set[str]]]) -> list[str]:
    """Warnings for a plan given, per section, each problem's tags: a topic first practised in a
    section before any of its prerequisites that the plan practises somewhere."""
    practised = {tag for section in sections for tags in section for tag in tags}
    seen: set[str] = set()
    warnings = []
    for index, section in enumerate(sections, start=1):
        here = {tag for tags in section for tag in tags}
        for topic in sorted(here - seen):
            wanted = [p for p in PREREQUISITES.get(topic, ()) if p in practised]
            if wanted and not any(p in seen or p in here for p in wanted):
                warnings.append(
                    f"section {index} reaches {topic} before {' or '.join(wanted)}, which the plan practises later"
                )
        seen |= here
    return warnings
