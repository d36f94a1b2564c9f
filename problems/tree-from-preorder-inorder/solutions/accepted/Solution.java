class Solution {
    public TreeNode buildTree(int[] preorder, int[] inorder) {
        // Explicit-stack version of the classic divide and conquer: a hash map gives each
        // root's in-order position, and each task is one subtree (its pre-order start and
        // in-order range) to hang below a parent. O(n), no recursion.
        int n = preorder.length;
        HashMap<Integer, Integer> where = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) where.put(inorder[i], i);
        TreeNode root = new TreeNode(preorder[0]);
        // task: preStart, inLo, inHi (inclusive), node already created for preorder[preStart]
        ArrayDeque<int[]> tasks = new ArrayDeque<>();
        ArrayDeque<TreeNode> nodes = new ArrayDeque<>();
        tasks.push(new int[] {0, 0, n - 1});
        nodes.push(root);
        while (!tasks.isEmpty()) {
            int[] t = tasks.pop();
            TreeNode node = nodes.pop();
            int mid = where.get(preorder[t[0]]);
            int leftSize = mid - t[1];
            if (leftSize > 0) {
                node.left = new TreeNode(preorder[t[0] + 1]);
                tasks.push(new int[] {t[0] + 1, t[1], mid - 1});
                nodes.push(node.left);
            }
            if (mid < t[2]) {
                node.right = new TreeNode(preorder[t[0] + 1 + leftSize]);
                tasks.push(new int[] {t[0] + 1 + leftSize, mid + 1, t[2]});
                nodes.push(node.right);
            }
        }
        return root;
    }
}
