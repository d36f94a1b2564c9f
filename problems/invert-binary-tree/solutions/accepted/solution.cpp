class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        // Swap the children of every node, visiting the nodes with an explicit stack.
        vector<TreeNode*> stack;
        if (root) stack.push_back(root);
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            swap(node->left, node->right);
            if (node->left) stack.push_back(node->left);
            if (node->right) stack.push_back(node->right);
        }
        return root;
    }
};
