# Naive: for each node from the front, walk to the end to measure how far from the
# back it is, until the node n-th from the end is found. Correct, but O(length^2)
# when the node to remove is near the end.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        prev = dummy
        while True:
            node = prev.next
            dist = 0
            walker = node
            while walker is not None:
                dist += 1
                walker = walker.next
            if dist == n:
                prev.next = node.next
                return dummy.next
            prev = node
