/**
 * @param {number[]} preorder
 * @param {number[]} inorder
 * @return {TreeNode}
 */
var buildTree = function(preorder, inorder) {
    // One pass over the pre-order list with a stack of the nodes whose right child may
    // still come (see solution.py). O(n), no recursion.
    const root = new TreeNode(preorder[0]);
    const stack = [root];
    let j = 0;
    for (let i = 1; i < preorder.length; i++) {
        const node = new TreeNode(preorder[i]);
        let top = stack[stack.length - 1];
        if (top.val !== inorder[j]) {
            top.left = node;
        } else {
            while (stack.length && stack[stack.length - 1].val === inorder[j]) {
                top = stack.pop();
                j++;
            }
            top.right = node;
        }
        stack.push(node);
    }
    return root;
};
