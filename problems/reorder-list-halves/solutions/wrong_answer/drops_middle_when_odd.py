# Bug: takes nodes in pairs (one from the front, one from the back) while at least two
# are left, and forgets the single middle node that remains when the length is odd.
from collections import deque


class Solution:
    def reorderList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        nodes = deque()
        node = head
        while node is not None:
            nodes.append(node)
            node = node.next
        dummy = tail = ListNode()
        while len(nodes) >= 2:
            front = nodes.popleft()
            back = nodes.pop()
            tail.next = front
            front.next = back
            tail = back
        tail.next = None
        return dummy.next
