class FileSystem {
    struct Node {
        int value;
        unordered_map<string, Node*> kids;
        explicit Node(int v) : value(v) {}
    };
    Node* root = new Node(0);

    // The node of path's parent, or nullptr if it does not exist.
    Node* parentOf(const string& path) {
        Node* node = root;
        size_t start = 1, cut = path.rfind('/');
        while (start < cut) {
            size_t end = path.find('/', start);
            auto it = node->kids.find(path.substr(start, end - start));
            if (it == node->kids.end()) return nullptr;
            node = it->second;
            start = end + 1;
        }
        return node;
    }

    static string lastName(const string& path) {
        return path.substr(path.rfind('/') + 1);
    }

public:
    FileSystem() {
    }

    bool createPath(string& path, int value) {
        Node* parent = parentOf(path);
        if (parent == nullptr) return false;
        string name = lastName(path);
        if (parent->kids.count(name)) return false;
        parent->kids.emplace(name, new Node(value));
        return true;
    }

    int get(string& path) {
        Node* parent = parentOf(path);
        if (parent == nullptr) return -1;
        auto it = parent->kids.find(lastName(path));
        return it == parent->kids.end() ? -1 : it->second->value;
    }

    vector<string> list(string& path) {
        Node* node = path == "/" ? root : parentOf(path)->kids.at(lastName(path));
        vector<string> names;
        names.reserve(node->kids.size());
        for (auto& kid : node->kids) names.push_back(kid.first);
        sort(names.begin(), names.end());
        return names;
    }

    int remove(string& path) {
        Node* parent = parentOf(path);
        if (parent == nullptr) return 0;
        auto it = parent->kids.find(lastName(path));
        if (it == parent->kids.end()) return 0;
        vector<Node*> stack{it->second};
        parent->kids.erase(it);
        int count = 0;
        while (!stack.empty()) {
            Node* n = stack.back();
            stack.pop_back();
            count++;
            for (auto& kid : n->kids) stack.push_back(kid.second);
            delete n;
        }
        return count;
    }
};
