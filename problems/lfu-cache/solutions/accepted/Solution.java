class LFUCache {
    private static final class Node {
        int key, value, count = 1;
        Node prev, next;

        Node(int key, int value) {
            this.key = key;
            this.value = value;
        }
    }

    // One circular list per use count, with a sentinel: sentinel.next is the least recently used.
    private static Node newList() {
        Node s = new Node(0, 0);
        s.prev = s;
        s.next = s;
        return s;
    }

    private final int capacity;
    private final HashMap<Integer, Node> nodes = new HashMap<>();
    private final HashMap<Integer, Node> lists = new HashMap<>();
    private int minCount = 0;

    public LFUCache(int capacity) {
        this.capacity = capacity;
    }

    private static void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void append(Node node) {
        Node s = lists.get(node.count);
        if (s == null) {
            s = newList();
            lists.put(node.count, s);
        }
        node.prev = s.prev;
        node.next = s;
        s.prev.next = node;
        s.prev = node;
    }

    private void touch(Node node) {
        unlink(node);
        Node s = lists.get(node.count);
        if (s.next == s) {
            lists.remove(node.count);
            if (minCount == node.count) {
                minCount++;
            }
        }
        node.count++;
        append(node);
    }

    public int get(int key) {
        Node node = nodes.get(key);
        if (node == null) {
            return -1;
        }
        touch(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = nodes.get(key);
        if (node != null) {
            node.value = value;
            touch(node);
            return;
        }
        if (nodes.size() == capacity) {
            Node s = lists.get(minCount);
            Node victim = s.next;
            unlink(victim);
            if (s.next == s) {
                lists.remove(minCount);
            }
            nodes.remove(victim.key);
        }
        node = new Node(key, value);
        nodes.put(key, node);
        append(node);
        minCount = 1;
    }
}
