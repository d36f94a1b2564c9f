# @param {TreeNode} root
# @return {Integer[][]}
def level_order(root)
  # Breadth-first, one whole level at a time.
  levels = []
  level = root ? [root] : []
  until level.empty?
    levels << level.map(&:val)
    nxt = []
    level.each do |node|
      nxt << node.left if node.left
      nxt << node.right if node.right
    end
    level = nxt
  end
  levels
end
