# Bug: on a closing bracket the expanded group replaces the text collected before
# the group instead of being appended to it, so "ab2[c]" loses "ab".
class Solution:
    def decodeString(self, s: str) -> str:
        stack = []
        cur = ""
        count = 0
        for ch in s:
            if ch.isdigit():
                count = count * 10 + int(ch)
            elif ch == "[":
                stack.append((cur, count))
                cur, count = "", 0
            elif ch == "]":
                _outer, k = stack.pop()
                cur = cur * k
            else:
                cur += ch
        return cur
