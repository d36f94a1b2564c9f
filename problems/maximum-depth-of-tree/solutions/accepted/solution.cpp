class Solution {
public:
    int maxDepth(TreeNode* root) {
        // Iterative DFS with the depth stored beside each node (no recursion: the tree can be a 10^5 path).
        if (!root) return 0;
        int best = 0;
        vector<pair<TreeNode*, int>> stack{{root, 1}};
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            best = max(best, depth);
            if (node->left) stack.push_back({node->left, depth + 1});
            if (node->right) stack.push_back({node->right, depth + 1});
        }
        return best;
    }
};
