# Naive: repeatedly walk to the last remaining node, detach it and append it to the
# result. Correct, but O(n^2) node visits.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        new_head = tail = None
        while dummy.next is not None:
            prev = dummy
            while prev.next.next is not None:
                prev = prev.next
            last = prev.next
            prev.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
