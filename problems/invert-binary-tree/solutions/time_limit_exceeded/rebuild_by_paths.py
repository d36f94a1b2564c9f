class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Naive: build a new tree node by node. For every node, climb to the root to learn
        # its path (left/right turns), then walk down the new tree along the mirrored path
        # and hang a copy there. O(sum of depths): quadratic on a long path.
        if root is None:
            return None
        parent = {id(root): None}
        side = {}
        order = [root]
        i = 0
        while i < len(order):
            node = order[i]
            i += 1
            for child, s in ((node.left, 0), (node.right, 1)):
                if child:
                    parent[id(child)] = node
                    side[id(child)] = s
                    order.append(child)
        new_root = TreeNode(root.val)
        for node in order[1:]:
            turns = []
            u = node
            while parent[id(u)] is not None:
                turns.append(side[id(u)])
                u = parent[id(u)]
            turns.reverse()
            cur = new_root
            for s in turns[:-1]:
                cur = cur.right if s == 0 else cur.left
            copy = TreeNode(node.val)
            if turns[-1] == 0:
                cur.right = copy
            else:
                cur.left = copy
        return new_root
