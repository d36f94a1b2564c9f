class Solution {
    public int kthSmallest(TreeNode root, int k) {
        // In-order walk with an explicit stack, stopping at the k-th node visited.
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root;
        while (true) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (--k == 0) return node.val;
            node = node.right;
        }
    }
}
