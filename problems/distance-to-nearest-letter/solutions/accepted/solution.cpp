class Solution {
public:
    vector<int> shortestToChar(string& s, char c) {
        int n = s.size();
        vector<int> d(n);
        int last = -2 * n;
        for (int i = 0; i < n; i++) {
            if (s[i] == c) last = i;
            d[i] = i - last;
        }
        last = 3 * n;
        for (int i = n - 1; i >= 0; i--) {
            if (s[i] == c) last = i;
            d[i] = min(d[i], last - i);
        }
        return d;
    }
};
