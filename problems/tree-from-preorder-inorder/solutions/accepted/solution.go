func buildTree(preorder []int, inorder []int) *TreeNode {
	// One pass over the pre-order list with a stack of the nodes whose right child may
	// still come. O(n), no recursion.
	nodes := make([]TreeNode, len(preorder))
	root := &nodes[0]
	root.Val = preorder[0]
	stack := []*TreeNode{root}
	j := 0
	for i := 1; i < len(preorder); i++ {
		node := &nodes[i]
		node.Val = preorder[i]
		top := stack[len(stack)-1]
		if top.Val != inorder[j] {
			top.Left = node
		} else {
			for len(stack) > 0 && stack[len(stack)-1].Val == inorder[j] {
				top = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				j++
			}
			top.Right = node
		}
		stack = append(stack, node)
	}
	return root
}
