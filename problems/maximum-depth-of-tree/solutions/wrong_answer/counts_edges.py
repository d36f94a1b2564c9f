class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Bug: measures the longest path in edges, not nodes (one too small for a non-empty tree).
        if root is None:
            return 0
        best = 0
        stack = [(root, 0)]
        while stack:
            node, depth = stack.pop()
            best = max(best, depth)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, depth + 1))
        return best
