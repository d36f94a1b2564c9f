# Naive: compare position i with position length-1-i, reaching each position by
# walking from the head. Correct, but O(n^2) on palindromes.
class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        def at(index):
            node = head
            for _ in range(index):
                node = node.next
            return node.val

        length = 0
        node = head
        while node is not None:
            length += 1
            node = node.next
        for i in range(length // 2):
            if at(i) != at(length - 1 - i):
                return False
        return True
