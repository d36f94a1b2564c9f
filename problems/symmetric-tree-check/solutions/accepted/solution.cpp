class Solution {
public:
    bool isSymmetric(TreeNode* root) {
        // Compare mirrored pairs of positions with an explicit stack of node pairs.
        vector<pair<TreeNode*, TreeNode*>> pairs{{root->left, root->right}};
        while (!pairs.empty()) {
            auto [a, b] = pairs.back();
            pairs.pop_back();
            if (!a && !b) continue;
            if (!a || !b || a->val != b->val) return false;
            pairs.push_back({a->left, b->right});
            pairs.push_back({a->right, b->left});
        }
        return true;
    }
};
