class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Naive: try every node as the highest node of the path; for each of its children,
        # walk that child's whole subtree again to find the best path going down from it.
        # O(sum of subtree sizes): quadratic on a long path.
        def best_down(start):
            if start is None:
                return 0
            best = start.val
            stack = [(start, start.val)]
            while stack:
                node, total = stack.pop()
                best = max(best, total)
                for child in (node.left, node.right):
                    if child:
                        stack.append((child, total + child.val))
            return max(best, 0)

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + best_down(node.left) + best_down(node.right))
            for child in (node.left, node.right):
                if child:
                    stack.append(child)
        return best
