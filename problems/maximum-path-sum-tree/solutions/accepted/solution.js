/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function(root) {
    // Children before parents: reversed pre-order from an explicit stack (no recursion).
    // gain(node) = best sum of a path going down from node, kept in a Map.
    const order = [], stack = [root];
    while (stack.length) {
        const node = stack.pop();
        order.push(node);
        if (node.left) stack.push(node.left);
        if (node.right) stack.push(node.right);
    }
    const gain = new Map();
    let best = root.val;
    for (let i = order.length - 1; i >= 0; i--) {
        const node = order[i];
        const left = node.left ? Math.max(gain.get(node.left), 0) : 0;
        const right = node.right ? Math.max(gain.get(node.right), 0) : 0;
        best = Math.max(best, node.val + left + right);
        gain.set(node, node.val + Math.max(left, right));
    }
    return best;
};
