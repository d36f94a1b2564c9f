class Solution {
public:
    string decodeString(string& s) {
        vector<pair<string, int>> stack;
        string cur;
        int count = 0;
        for (char ch : s) {
            if (ch >= '0' && ch <= '9') {
                count = count * 10 + (ch - '0');
            } else if (ch == '[') {
                stack.emplace_back(move(cur), count);
                cur.clear();
                count = 0;
            } else if (ch == ']') {
                auto [outer, k] = move(stack.back());
                stack.pop_back();
                outer.reserve(outer.size() + cur.size() * k);
                for (int i = 0; i < k; i++) outer += cur;
                cur = move(outer);
            } else {
                cur += ch;
            }
        }
        return cur;
    }
};
