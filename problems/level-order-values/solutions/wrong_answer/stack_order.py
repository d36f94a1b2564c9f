class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Bug: a depth-first walk with a stack that pushes the left child first, so the right
        # child is popped first and every level comes out from right to left.
        levels = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(levels):
                levels.append([])
            levels[depth].append(node.val)
            if node.left:
                stack.append((node.left, depth + 1))
            if node.right:
                stack.append((node.right, depth + 1))
        return levels
