class PrefixTrie {
    // Nodes live in flat arrays: child[26 * node + letter] is the child's index (0: none).
    private int[] child = new int[26 * 1024];
    private int[] pass = new int[1024];  // stored words going through the node
    private int[] end = new int[1024];   // stored words ending at the node
    private int size = 1;                // node 0 is the root

    public PrefixTrie() {
    }

    private int newNode() {
        if (size == pass.length) {
            child = Arrays.copyOf(child, 2 * child.length);
            pass = Arrays.copyOf(pass, 2 * pass.length);
            end = Arrays.copyOf(end, 2 * end.length);
        }
        return size++;
    }

    private int find(String s) {
        int node = 0;
        for (int i = 0; i < s.length(); i++) {
            node = child[26 * node + (s.charAt(i) - 'a')];
            if (node == 0) return -1;
        }
        return node;
    }

    public void insert(String word) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            int slot = 26 * node + (word.charAt(i) - 'a');
            if (child[slot] == 0) {
                int fresh = newNode();
                child[slot] = fresh;
            }
            node = child[slot];
            pass[node]++;
        }
        end[node]++;
    }

    public int countWord(String word) {
        int node = find(word);
        return node < 0 ? 0 : end[node];
    }

    public int countPrefix(String prefix) {
        int node = find(prefix);
        return node < 0 ? 0 : pass[node];
    }

    public void erase(String word) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            node = child[26 * node + (word.charAt(i) - 'a')];
            pass[node]--;
        }
        end[node]--;
    }
}
