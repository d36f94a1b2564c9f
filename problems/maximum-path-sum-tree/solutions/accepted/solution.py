class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Children before parents (reversed pre-order from an explicit stack). For each node,
        # gain = the best sum of a path going down from it (at least the node itself); the
        # best path whose highest node is this one adds the positive gains of both children.
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
            if node.val + left + right > best:
                best = node.val + left + right
            gain[node] = node.val + max(left, right)
        return best
