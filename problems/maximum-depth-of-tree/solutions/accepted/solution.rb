# @param {TreeNode} root
# @return {Integer}
def max_depth(root)
  # Breadth-first, one level at a time: the number of levels is the depth.
  depth = 0
  level = root.nil? ? [] : [root]
  until level.empty?
    depth += 1
    nxt = []
    level.each do |node|
      nxt << node.left unless node.left.nil?
      nxt << node.right unless node.right.nil?
    end
    level = nxt
  end
  depth
end
