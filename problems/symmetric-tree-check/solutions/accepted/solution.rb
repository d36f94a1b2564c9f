# @param {TreeNode} root
# @return {Boolean}
def is_symmetric(root)
  # Compare mirrored pairs of positions with an explicit stack of node pairs.
  pairs = [root.left, root.right]
  until pairs.empty?
    b = pairs.pop
    a = pairs.pop
    next if a.nil? && b.nil?
    return false if a.nil? || b.nil? || a.val != b.val
    pairs.push(a.left, b.right, a.right, b.left)
  end
  true
end
