class PrefixTrie {
    struct Node {
        int next[26];
        int pass = 0, end = 0;  // stored words going through / ending at the node
        Node() { memset(next, 0, sizeof next); }
    };
    vector<Node> nodes;  // nodes[0] is the root; a child index of 0 means none

    int find(const string& s) const {
        int node = 0;
        for (char c : s) {
            node = nodes[node].next[c - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }

public:
    PrefixTrie() {
        nodes.reserve(1 << 16);
        nodes.emplace_back();
    }

    void insert(string& word) {
        int node = 0;
        for (char c : word) {
            int nxt = nodes[node].next[c - 'a'];
            if (nxt == 0) {
                nxt = nodes.size();
                nodes.emplace_back();
                nodes[node].next[c - 'a'] = nxt;
            }
            node = nxt;
            nodes[node].pass++;
        }
        nodes[node].end++;
    }

    int countWord(string& word) {
        int node = find(word);
        return node < 0 ? 0 : nodes[node].end;
    }

    int countPrefix(string& prefix) {
        int node = find(prefix);
        return node < 0 ? 0 : nodes[node].pass;
    }

    void erase(string& word) {
        int node = 0;
        for (char c : word) {
            node = nodes[node].next[c - 'a'];
            nodes[node].pass--;
        }
        nodes[node].end--;
    }
};
