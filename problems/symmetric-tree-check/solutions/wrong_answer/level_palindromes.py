class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        # Bug: checks that the values of every level read the same forwards and backwards,
        # but ignores where the missing children are.
        level = [root]
        while level:
            row = [node.val for node in level]
            if row != row[::-1]:
                return False
            level = [c for node in level for c in (node.left, node.right) if c]
        return True
