# @param {Integer[]} preorder
# @param {Integer[]} inorder
# @return {TreeNode}
def build_tree(preorder, inorder)
  # One pass over the pre-order list with a stack of the nodes whose right child may
  # still come. While the stack top is not the next in-order value, the next pre-order
  # value is its left child; otherwise pop the nodes whose in-order turn has come, and
  # the next value is the right child of the last one popped. O(n), no recursion.
  root = TreeNode.new(preorder[0])
  stack = [root]
  j = 0
  (1...preorder.length).each do |i|
    node = TreeNode.new(preorder[i])
    top = stack[-1]
    if top.val != inorder[j]
      top.left = node
    else
      while !stack.empty? && stack[-1].val == inorder[j]
        top = stack.pop
        j += 1
      end
      top.right = node
    end
    stack << node
  end
  root
end
