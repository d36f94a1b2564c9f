class FileSystem:
    """A tree of nodes [value, {name: child node}], plus a hash map from each existing path to
    its node, so that a path is found in one lookup instead of a walk from the root."""

    def __init__(self):
        self.root = [0, {}]
        self.nodes = {}  # path -> node, for every existing path

    def createPath(self, path: str, value: int) -> bool:
        nodes = self.nodes
        if path in nodes:
            return False
        cut = path.rfind("/")
        parent = self.root if cut == 0 else nodes.get(path[:cut])
        if parent is None:
            return False
        node = [value, {}]
        parent[1][path[cut + 1:]] = node
        nodes[path] = node
        return True

    def get(self, path: str) -> int:
        node = self.nodes.get(path)
        return -1 if node is None else node[0]

    def list(self, path: str) -> List[str]:
        node = self.root if path == "/" else self.nodes[path]
        return sorted(node[1])

    def remove(self, path: str) -> int:
        nodes = self.nodes
        node = nodes.pop(path, None)
        if node is None:
            return 0
        cut = path.rfind("/")
        parent = self.root if cut == 0 else nodes[path[:cut]]
        del parent[1][path[cut + 1:]]
        stack = [(path, node)]
        count = 0
        while stack:
            p, n = stack.pop()
            count += 1
            for name, kid in n[1].items():
                q = p + "/" + name
                del nodes[q]
                stack.append((q, kid))
        return count
