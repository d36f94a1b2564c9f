class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Bug: swaps the values of two sibling nodes instead of the subtrees below them,
        # and does nothing where a node has only one child.
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            if node.left and node.right:
                node.left.val, node.right.val = node.right.val, node.left.val
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        return root
