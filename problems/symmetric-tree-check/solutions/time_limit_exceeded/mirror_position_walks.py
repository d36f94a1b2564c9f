class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        # Naive: for every node, climb to the root to learn its path of turns, then walk down
        # from the root along the mirrored turns and check a node with the same value is
        # there. O(sum of depths): quadratic on long paths.
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
        for node in order[1:]:
            turns = []
            u = node
            while parent[id(u)] is not None:
                turns.append(side[id(u)])
                u = parent[id(u)]
            cur = root
            for s in reversed(turns):
                cur = cur.right if s == 0 else cur.left
                if cur is None:
                    return False
            if cur.val != node.val:
                return False
        return True
