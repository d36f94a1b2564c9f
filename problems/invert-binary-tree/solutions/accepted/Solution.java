class Solution {
    public TreeNode invertTree(TreeNode root) {
        // Swap the children of every node, breadth-first.
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            TreeNode t = node.left;
            node.left = node.right;
            node.right = t;
            if (node.left != null) queue.add(node.left);
            if (node.right != null) queue.add(node.right);
        }
        return root;
    }
}
