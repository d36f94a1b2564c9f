/**
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function(root) {
    // Breadth-first, one whole level at a time.
    const levels = [];
    let level = root ? [root] : [];
    while (level.length) {
        levels.push(level.map((node) => node.val));
        const next = [];
        for (const node of level) {
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        level = next;
    }
    return levels;
};
