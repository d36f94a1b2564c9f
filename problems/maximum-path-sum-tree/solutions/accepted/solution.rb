# @param {TreeNode} root
# @return {Integer}
def max_path_sum(root)
  # Children before parents (reversed pre-order from an explicit stack). For each node,
  # gain = the best sum of a path going down from it (at least the node itself); the
  # best path whose highest node is this one adds the positive gains of both children.
  order = []
  stack = [root]
  until stack.empty?
    node = stack.pop
    order << node
    stack << node.left unless node.left.nil?
    stack << node.right unless node.right.nil?
  end
  gain = {}.compare_by_identity
  best = root.val
  order.reverse_each do |node|
    left = node.left.nil? ? 0 : gain[node.left]
    left = 0 if left < 0
    right = node.right.nil? ? 0 : gain[node.right]
    right = 0 if right < 0
    sum = node.val + left + right
    best = sum if sum > best
    gain[node] = node.val + (left > right ? left : right)
  end
  best
end
