class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        // Breadth-first with a queue, one whole level at a time.
        vector<vector<int>> levels;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            vector<int> row;
            for (size_t size = q.size(); size > 0; size--) {
                TreeNode* node = q.front();
                q.pop();
                row.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
            levels.push_back(move(row));
        }
        return levels;
    }
};
