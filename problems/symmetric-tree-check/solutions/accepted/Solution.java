class Solution {
    public boolean isSymmetric(TreeNode root) {
        // Compare mirrored pairs of positions, breadth-first; the queue holds the pairs flat.
        ArrayDeque<TreeNode> a = new ArrayDeque<>(), b = new ArrayDeque<>();
        if (root.left != null || root.right != null) {
            if (root.left == null || root.right == null) return false;
            a.add(root.left);
            b.add(root.right);
        }
        while (!a.isEmpty()) {
            TreeNode x = a.poll(), y = b.poll();
            if (x.val != y.val) return false;
            if ((x.left == null) != (y.right == null) || (x.right == null) != (y.left == null)) return false;
            if (x.left != null) { a.add(x.left); b.add(y.right); }
            if (x.right != null) { a.add(x.right); b.add(y.left); }
        }
        return true;
    }
}
