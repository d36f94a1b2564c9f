class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Naive: find the minimum, then k - 1 times search the next larger value starting
        # from the root. O(k * height): quadratic on a tree that is one long path.
        node = root
        while node.left:
            node = node.left
        current = node.val
        for _ in range(k - 1):
            node, successor = root, None
            while node:
                if node.val > current:
                    successor = node.val
                    node = node.left
                else:
                    node = node.right
            current = successor
        return current
