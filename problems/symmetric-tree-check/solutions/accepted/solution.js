/**
 * @param {TreeNode} root
 * @return {boolean}
 */
var isSymmetric = function(root) {
    // Compare mirrored pairs of positions with an explicit stack of node pairs.
    const pairs = [root.left, root.right];
    while (pairs.length) {
        const b = pairs.pop(), a = pairs.pop();
        if (a === null && b === null) continue;
        if (a === null || b === null || a.val !== b.val) return false;
        pairs.push(a.left, b.right, a.right, b.left);
    }
    return true;
};
