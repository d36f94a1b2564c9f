class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # One pass over the pre-order list with a stack of the nodes whose right child may
        # still come. While the stack top is not the next in-order value, the next pre-order
        # value is its left child; otherwise pop the nodes whose in-order turn has come, and
        # the next value is the right child of the last one popped. O(n), no recursion.
        root = TreeNode(preorder[0])
        stack = [root]
        j = 0
        for value in preorder[1:]:
            node = TreeNode(value)
            top = stack[-1]
            if top.val != inorder[j]:
                top.left = node
            else:
                while stack and stack[-1].val == inorder[j]:
                    top = stack.pop()
                    j += 1
                top.right = node
            stack.append(node)
        return root
