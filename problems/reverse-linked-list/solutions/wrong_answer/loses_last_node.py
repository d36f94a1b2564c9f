# Bug: the loop stops while standing on the last node, so that node is never linked in
# and the reversed list is missing its new first element.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        cur = head
        while cur is not None and cur.next is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev
