# Naive: for each node from the front, walk to the current last node, unhook it and
# splice it in right after. Correct, but O(n^2).
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        cur = head
        while cur is not None and cur.next is not None and cur.next.next is not None:
            prev = cur
            while prev.next.next is not None:
                prev = prev.next
            last = prev.next
            prev.next = None
            last.next = cur.next
            cur.next = last
            cur = last.next
        return head
