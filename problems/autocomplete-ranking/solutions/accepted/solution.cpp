class Autocomplete {
    struct Node {
        unordered_map<char, Node*> kids;
        vector<string> top;  // the best sentences below, best first
    };
    unordered_map<string, int> count;
    Node* root = new Node();

    bool better(const string& a, int ca, const string& b) {
        int cb = count[b];
        return ca > cb || (ca == cb && a < b);
    }

public:
    Autocomplete() {
    }

    void record(string& sentence) {
        int c = ++count[sentence];
        Node* node = root;
        for (char ch : sentence) {
            Node*& next = node->kids[ch];
            if (next == nullptr) next = new Node();
            node = next;
            vector<string>& top = node->top;
            int i = find(top.begin(), top.end(), sentence) - top.begin();
            if (i == (int)top.size()) {
                if (top.size() < 3) {
                    top.push_back(sentence);
                } else if (better(sentence, c, top[2])) {
                    top[2] = sentence;
                    i = 2;
                } else {
                    continue;
                }
            }
            while (i > 0 && better(sentence, c, top[i - 1])) {
                swap(top[i], top[i - 1]);
                i--;
            }
        }
    }

    vector<string> suggest(string& prefix) {
        Node* node = root;
        for (char ch : prefix) {
            auto it = node->kids.find(ch);
            if (it == node->kids.end()) return {};
            node = it->second;
        }
        return node->top;
    }
};
