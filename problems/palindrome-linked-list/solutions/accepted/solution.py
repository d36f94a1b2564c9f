class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        # find the end of the first half
        slow = fast = head
        while fast.next is not None and fast.next.next is not None:
            slow = slow.next
            fast = fast.next.next
        # reverse the second half in place
        prev, cur = None, slow.next
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        a, b = head, prev
        while b is not None:
            if a.val != b.val:
                return False
            a = a.next
            b = b.next
        return True
