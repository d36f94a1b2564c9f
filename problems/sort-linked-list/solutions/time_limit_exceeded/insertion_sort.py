# Naive: insertion sort, scanning the sorted part from its front for each node.
# Correct, but O(n^2) on 10^5 nodes.
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        while head is not None:
            node = head
            head = head.next
            prev = dummy
            while prev.next is not None and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
