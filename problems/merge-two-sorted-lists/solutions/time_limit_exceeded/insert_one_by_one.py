# Naive: insert every node of list2 into list1, scanning from the front of the merged
# list each time to find its place. Correct, but O(n * m).
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, list1)
        while list2 is not None:
            node = list2
            list2 = list2.next
            prev = dummy
            while prev.next is not None and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
