class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # collect the nodes, sort them by value (O(n log n)) and re-link them
        nodes = []
        while head is not None:
            nodes.append(head)
            head = head.next
        nodes.sort(key=lambda node: node.val)
        dummy = tail = ListNode()
        for node in nodes:
            tail.next = node
            tail = node
        tail.next = None
        return dummy.next
