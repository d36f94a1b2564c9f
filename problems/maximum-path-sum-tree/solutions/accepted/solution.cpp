class Solution {
public:
    int maxPathSum(TreeNode* root) {
        // Children before parents: reversed pre-order from an explicit stack (no recursion).
        // gain(node) = best sum of a path going down from node; the best path whose highest
        // node is `node` is node->val + max(gain(left), 0) + max(gain(right), 0).
        vector<TreeNode*> order, stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            order.push_back(node);
            if (node->left) stack.push_back(node->left);
            if (node->right) stack.push_back(node->right);
        }
        unordered_map<TreeNode*, int> gain;
        gain.reserve(order.size() * 2);
        auto get = [&](TreeNode* node) { return node ? max(gain[node], 0) : 0; };
        int best = root->val;
        for (size_t i = order.size(); i-- > 0;) {
            TreeNode* node = order[i];
            int left = get(node->left), right = get(node->right);
            best = max(best, node->val + left + right);
            gain[node] = node->val + max(left, right);
        }
        return best;
    }
};
