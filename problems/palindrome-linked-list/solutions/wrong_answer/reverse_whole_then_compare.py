# Bug: reverses the WHOLE list in place and then walks the original head and the new
# head side by side. But the old head is now the tail (its next is None), so only the
# first and last values are ever compared.
class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        prev, cur = None, head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        a, b = head, prev
        while a is not None and b is not None:
            if a.val != b.val:
                return False
            a = a.next
            b = b.next
        return True
