/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxDepth = function(root) {
    // Iterative DFS with an explicit stack of [node, depth].
    if (root === null) return 0;
    let best = 0;
    const nodes = [root], depths = [1];
    while (nodes.length) {
        const node = nodes.pop(), depth = depths.pop();
        if (depth > best) best = depth;
        if (node.left) { nodes.push(node.left); depths.push(depth + 1); }
        if (node.right) { nodes.push(node.right); depths.push(depth + 1); }
    }
    return best;
};
