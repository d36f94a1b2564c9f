class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Bug: treats k as a 0-based index and returns the (k+1)-th smallest value
        # (or the largest value when k = n).
        stack = []
        node = root
        seen = 0
        last = root.val
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            last = node.val
            if seen == k:
                return node.val
            seen += 1
            node = node.right
        return last
