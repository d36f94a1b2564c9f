class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Naive: for d = 1, 2, ... search the tree, down to depth d only, for a node at depth d.
        # O(n * depth): quadratic on a long path.
        if root is None:
            return 0
        d = 1
        while True:
            found = False
            stack = [(root, 1)]
            while stack:
                node, depth = stack.pop()
                if depth == d + 1:
                    found = True
                    break
                for child in (node.left, node.right):
                    if child:
                        stack.append((child, depth + 1))
            if not found:
                return d
            d += 1
