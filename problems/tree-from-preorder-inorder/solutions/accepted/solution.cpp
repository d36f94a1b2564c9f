class Solution {
public:
    TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
        // One pass over the pre-order list with a stack of the nodes whose right child may
        // still come (see solution.py). O(n), no recursion.
        TreeNode* root = new TreeNode(preorder[0]);
        vector<TreeNode*> stack{root};
        size_t j = 0;
        for (size_t i = 1; i < preorder.size(); i++) {
            TreeNode* node = new TreeNode(preorder[i]);
            TreeNode* top = stack.back();
            if (top->val != inorder[j]) {
                top->left = node;
            } else {
                while (!stack.empty() && stack.back()->val == inorder[j]) {
                    top = stack.back();
                    stack.pop_back();
                    j++;
                }
                top->right = node;
            }
            stack.push_back(node);
        }
        return root;
    }
};
