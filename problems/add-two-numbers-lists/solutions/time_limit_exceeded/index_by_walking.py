# Naive: treats the lists like arrays, fetching digit i of each number by walking i
# steps from its head. Correct, but O(n^2) for long numbers.
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def length(node):
            count = 0
            while node is not None:
                count += 1
                node = node.next
            return count

        def digit(node, index):
            for _ in range(index):
                if node is None:
                    return 0
                node = node.next
            return node.val if node is not None else 0

        n = max(length(l1), length(l2))
        dummy = tail = ListNode()
        carry = 0
        for i in range(n):
            total = digit(l1, i) + digit(l2, i) + carry
            carry, d = divmod(total, 10)
            tail.next = ListNode(d)
            tail = tail.next
        if carry:
            tail.next = ListNode(carry)
        return dummy.next
