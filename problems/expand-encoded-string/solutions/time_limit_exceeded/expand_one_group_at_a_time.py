# Correct but slow: repeatedly finds the leftmost group that contains no other group
# and rewrites the whole string with that group expanded. With ~25000 groups in a
# 10^5-character message that is ~25000 scans and copies of a long string.
import re

INNERMOST = re.compile(r"(\d+)\[([a-z]*)\]")


class Solution:
    def decodeString(self, s: str) -> str:
        while True:
            m = INNERMOST.search(s)
            if m is None:
                return s
            s = s[: m.start()] + m.group(2) * int(m.group(1)) + s[m.end():]
