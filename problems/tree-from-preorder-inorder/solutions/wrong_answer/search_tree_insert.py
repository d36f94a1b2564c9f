class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Bug: assumes the tree is a binary search tree and inserts the pre-order values one
        # by one by comparing them (which ignores the in-order list entirely). Only right
        # when the in-order list happens to be sorted.
        root = TreeNode(preorder[0])
        for value in preorder[1:]:
            node = root
            while True:
                if value < node.val:
                    if node.left is None:
                        node.left = TreeNode(value)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(value)
                        break
                    node = node.right
        return root
