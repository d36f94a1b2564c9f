class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Naive divide and conquer: the first pre-order value of a subtree is its root; find it
        # by scanning the subtree's in-order range from the left. O(n^2) on a path whose roots
        # sit at the far end of their ranges. (An explicit stack of subtrees instead of
        # recursion.)
        n = len(preorder)
        root = TreeNode(preorder[0])
        tasks = [(0, 0, n - 1, root)]
        while tasks:
            pre_start, lo, hi, node = tasks.pop()
            mid = lo
            while inorder[mid] != node.val:
                mid += 1
            left_size = mid - lo
            if left_size > 0:
                node.left = TreeNode(preorder[pre_start + 1])
                tasks.append((pre_start + 1, lo, mid - 1, node.left))
            if mid < hi:
                node.right = TreeNode(preorder[pre_start + 1 + left_size])
                tasks.append((pre_start + 1 + left_size, mid + 1, hi, node.right))
        return root
