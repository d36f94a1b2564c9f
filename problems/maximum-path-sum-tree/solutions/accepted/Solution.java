class Solution {
    public int maxPathSum(TreeNode root) {
        // Children before parents: reversed pre-order from an explicit stack (no recursion).
        // The gain of a node (best downward path from it) is stored in an array indexed by
        // its position in that order.
        ArrayList<TreeNode> order = new ArrayList<>();
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            order.add(node);
            if (node.left != null) stack.push(node.left);
            if (node.right != null) stack.push(node.right);
        }
        IdentityHashMap<TreeNode, Integer> gain = new IdentityHashMap<>(order.size() * 2);
        int best = root.val;
        for (int i = order.size() - 1; i >= 0; i--) {
            TreeNode node = order.get(i);
            int left = node.left == null ? 0 : Math.max(gain.get(node.left), 0);
            int right = node.right == null ? 0 : Math.max(gain.get(node.right), 0);
            best = Math.max(best, node.val + left + right);
            gain.put(node, node.val + Math.max(left, right));
        }
        return best;
    }
}
