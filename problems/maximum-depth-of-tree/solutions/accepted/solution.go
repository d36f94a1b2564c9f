func maxDepth(root *TreeNode) int {
	// Level-by-level BFS: the number of levels is the depth (no recursion).
	if root == nil {
		return 0
	}
	depth := 0
	level := []*TreeNode{root}
	var next []*TreeNode
	for len(level) > 0 {
		depth++
		next = next[:0]
		for _, node := range level {
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		level, next = next, level
	}
	return depth
}
