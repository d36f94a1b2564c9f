func maxPathSum(root *TreeNode) int {
	// Pre-order with an explicit stack, then walk it backwards (children before parents).
	// gain[node] = best sum of a downward path from node; the best path whose highest node
	// is `node` is node.Val + max(gain(left), 0) + max(gain(right), 0).
	order := []*TreeNode{}
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, node)
		if node.Left != nil {
			stack = append(stack, node.Left)
		}
		if node.Right != nil {
			stack = append(stack, node.Right)
		}
	}
	gain := make(map[*TreeNode]int, len(order))
	best := root.Val
	for i := len(order) - 1; i >= 0; i-- {
		node := order[i]
		left, right := 0, 0
		if node.Left != nil {
			if g := gain[node.Left]; g > 0 {
				left = g
			}
		}
		if node.Right != nil {
			if g := gain[node.Right]; g > 0 {
				right = g
			}
		}
		if s := node.Val + left + right; s > best {
			best = s
		}
		if left > right {
			gain[node] = node.Val + left
		} else {
			gain[node] = node.Val + right
		}
	}
	return best
}
