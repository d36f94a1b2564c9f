class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Breadth-first, one whole level at a time.
        levels = []
        level = [root] if root else []
        while level:
            levels.append([node.val for node in level])
            nxt = []
            for node in level:
                if node.left:
                    nxt.append(node.left)
                if node.right:
                    nxt.append(node.right)
            level = nxt
        return levels
