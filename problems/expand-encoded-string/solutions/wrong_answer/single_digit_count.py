# Bug: reads a count as its last digit only, so "12[o]" repeats "o" twice.
class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        pieces = []
        count = 0
        for ch in s:
            if ch.isdigit():
                count = int(ch)
            elif ch == "[":
                stack.append((pieces, count))
                pieces, count = [], 0
            elif ch == "]":
                inner = "".join(pieces)
                pieces, k = stack.pop()
                pieces.append(inner * k)
            else:
                pieces.append(ch)
        return "".join(pieces)
