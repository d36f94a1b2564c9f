# @param {TreeNode} root
# @param {Integer} k
# @return {Integer}
def kth_smallest(root, k)
  # In-order walk with an explicit stack, stopping at the k-th node visited.
  stack = []
  node = root
  loop do
    while node
      stack << node
      node = node.left
    end
    node = stack.pop
    k -= 1
    return node.val if k.zero?
    node = node.right
  end
end
