class Solution {
public:
    int equalPairs(vector<vector<int>>& grid) {
        int n = grid.size();
        map<vector<int>, int> rows;
        for (const auto& row : grid) rows[row]++;
        int pairs = 0;
        vector<int> column(n);
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) column[r] = grid[r][c];
            auto it = rows.find(column);
            if (it != rows.end()) pairs += it->second;
        }
        return pairs;
    }
};
