class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Naive: for each depth d, walk the tree from the root again (down to depth d only)
        # and collect the nodes found exactly at depth d. O(n * depth): quadratic on a path.
        levels = []
        if root is None:
            return levels
        d = 0
        while True:
            row = []
            stack = [(root, 0)]
            while stack:
                node, depth = stack.pop()
                if depth == d:
                    row.append(node.val)
                    continue
                if node.right:
                    stack.append((node.right, depth + 1))
                if node.left:
                    stack.append((node.left, depth + 1))
            if not row:
                return levels
            levels.append(row)
            d += 1
