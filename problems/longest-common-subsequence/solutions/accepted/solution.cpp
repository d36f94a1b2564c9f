class Solution {
public:
    int longestCommonSubsequence(string& draft, string& revision) {
        int m = revision.size();
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (char ch : draft) {
            cur[0] = 0;
            for (int j = 0; j < m; j++)
                cur[j + 1] = ch == revision[j] ? prev[j] + 1 : max(prev[j + 1], cur[j]);
            swap(prev, cur);
        }
        return prev[m];
    }
};
