# Bug: finds the VALUE of the n-th node from the end, then deletes the first node
# carrying that value. Wrong as soon as that value also occurs earlier in the list.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length = 0
        node = head
        while node is not None:
            length += 1
            node = node.next
        node = head
        for _ in range(length - n):
            node = node.next
        target = node.val
        dummy = ListNode(0, head)
        prev = dummy
        while prev.next.val != target:
            prev = prev.next
        prev.next = prev.next.next
        return dummy.next
