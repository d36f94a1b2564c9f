class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        # Bug: checks that the two subtrees are equal (left with left, right with right)
        # instead of mirror images of each other.
        pairs = [(root.left, root.right)]
        while pairs:
            a, b = pairs.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            pairs.append((a.left, b.left))
            pairs.append((a.right, b.right))
        return True
