class FileSystem {
    private static final class Node {
        final int value;
        final HashMap<String, Node> kids = new HashMap<>();

        Node(int value) {
            this.value = value;
        }
    }

    private final Node root = new Node(0);

    public FileSystem() {
    }

    /** The node of path's parent, or null if it does not exist. */
    private Node parentOf(String path) {
        Node node = root;
        int start = 1, cut = path.lastIndexOf('/');
        while (start < cut) {
            int end = path.indexOf('/', start);
            node = node.kids.get(path.substring(start, end));
            if (node == null) return null;
            start = end + 1;
        }
        return node;
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public boolean createPath(String path, int value) {
        Node parent = parentOf(path);
        String name = lastName(path);
        if (parent == null || parent.kids.containsKey(name)) return false;
        parent.kids.put(name, new Node(value));
        return true;
    }

    public int get(String path) {
        Node parent = parentOf(path);
        if (parent == null) return -1;
        Node node = parent.kids.get(lastName(path));
        return node == null ? -1 : node.value;
    }

    public String[] list(String path) {
        Node node = path.equals("/") ? root : parentOf(path).kids.get(lastName(path));
        String[] names = node.kids.keySet().toArray(new String[0]);
        Arrays.sort(names);
        return names;
    }

    public int remove(String path) {
        Node parent = parentOf(path);
        if (parent == null) return 0;
        Node node = parent.kids.remove(lastName(path));
        if (node == null) return 0;
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        int count = 0;
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            count++;
            for (Node kid : n.kids.values()) stack.push(kid);
        }
        return count;
    }
}
