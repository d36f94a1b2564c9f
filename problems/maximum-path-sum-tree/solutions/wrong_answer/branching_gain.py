class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Bug: passes up the sum through BOTH children (node + left + right) as the gain,
        # so the parent extends a "path" that branches.
        order = []
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        gain = {None: 0}
        best = root.val
        for node in reversed(order):
            left = max(gain[node.left], 0)
            right = max(gain[node.right], 0)
            best = max(best, node.val + left + right)
            gain[node] = node.val + left + right
        return best
