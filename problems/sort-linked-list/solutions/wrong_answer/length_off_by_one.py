# Bug: bottom-up merge sort, but the length is counted with `while node.next`, one too
# few. When n = 2^k + 1 the final merge pass (step 2^k) is skipped and the last node
# is never merged into place.
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        def split(node, k):
            for _ in range(k - 1):
                if node is None:
                    break
                node = node.next
            if node is None:
                return None
            rest = node.next
            node.next = None
            return rest

        def merge(a, b, tail):
            while a is not None and b is not None:
                if b.val < a.val:
                    tail.next, b = b, b.next
                else:
                    tail.next, a = a, a.next
                tail = tail.next
            tail.next = a if a is not None else b
            while tail.next is not None:
                tail = tail.next
            return tail

        length = 0
        node = head
        while node is not None and node.next is not None:
            length += 1
            node = node.next
        dummy = ListNode(0, head)
        step = 1
        while step < length:
            prev, cur = dummy, dummy.next
            while cur is not None:
                left = cur
                right = split(left, step)
                cur = split(right, step)
                prev = merge(left, right, prev)
            step *= 2
        return dummy.next
