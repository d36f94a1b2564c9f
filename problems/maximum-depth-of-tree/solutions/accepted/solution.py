class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Breadth-first, one level at a time: the number of levels is the depth.
        depth = 0
        level = [root] if root else []
        while level:
            depth += 1
            nxt = []
            for node in level:
                if node.left:
                    nxt.append(node.left)
                if node.right:
                    nxt.append(node.right)
            level = nxt
        return depth
