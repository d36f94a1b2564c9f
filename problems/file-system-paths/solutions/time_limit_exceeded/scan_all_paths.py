class FileSystem:
    """One hash map from each full path to its value: creating and reading are O(1), but list
    and remove look at every stored path."""

    def __init__(self):
        self.values = {}

    def createPath(self, path: str, value: int) -> bool:
        parent = path[: path.rfind("/")]
        if path in self.values or (parent and parent not in self.values):
            return False
        self.values[path] = value
        return True

    def get(self, path: str) -> int:
        return self.values.get(path, -1)

    def list(self, path: str) -> List[str]:
        prefix = "/" if path == "/" else path + "/"
        names = []
        for p in self.values:
            if p.startswith(prefix) and "/" not in p[len(prefix):]:
                names.append(p[len(prefix):])
        return sorted(names)

    def remove(self, path: str) -> int:
        if path not in self.values:
            return 0
        prefix = path + "/"
        doomed = [p for p in self.values if p == path or p.startswith(prefix)]
        for p in doomed:
            del self.values[p]
        return len(doomed)
