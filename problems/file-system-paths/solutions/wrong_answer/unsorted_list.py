class FileSystem:
    """A correct trie, except that list returns the children in the order they were created
    (a Python dict keeps insertion order) instead of sorting them."""

    def __init__(self):
        self.root = [0, {}]

    def _node(self, path):
        node = self.root
        for name in path.split("/")[1:]:
            node = node[1].get(name)
            if node is None:
                return None
        return node

    def createPath(self, path: str, value: int) -> bool:
        cut = path.rfind("/")
        parent = self.root if cut == 0 else self._node(path[:cut])
        name = path[cut + 1:]
        if parent is None or name in parent[1]:
            return False
        parent[1][name] = [value, {}]
        return True

    def get(self, path: str) -> int:
        node = self._node(path)
        return -1 if node is None else node[0]

    def list(self, path: str) -> List[str]:
        node = self.root if path == "/" else self._node(path)
        return [name for name in node[1]]

    def remove(self, path: str) -> int:
        cut = path.rfind("/")
        parent = self.root if cut == 0 else self._node(path[:cut])
        name = path[cut + 1:]
        if parent is None or name not in parent[1]:
            return 0
        stack = [parent[1].pop(name)]
        count = 0
        while stack:
            node = stack.pop()
            count += 1
            stack.extend(node[1].values())
        return count
