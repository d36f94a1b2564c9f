class Solution:
    def decodeString(self, s: str) -> str:
        # stack of (pieces of the enclosing message so far, count of the open group)
        stack = []
        pieces = []
        count = 0
        for ch in s:
            if "0" <= ch <= "9":
                count = count * 10 + ord(ch) - 48
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
