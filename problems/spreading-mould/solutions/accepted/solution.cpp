class Solution {
public:
    int minutesUntilSpoiled(vector<vector<char>>& crate) {
        int rows = crate.size(), cols = crate[0].size();
        vector<int> time(rows * cols, -1);
        vector<int> queue;
        queue.reserve(rows * cols);
        int fresh = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (crate[r][c] == 'M') { time[r * cols + c] = 0; queue.push_back(r * cols + c); }
                else if (crate[r][c] == 'F') fresh++;
            }
        int last = 0;
        const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        for (size_t head = 0; head < queue.size(); head++) {
            int r = queue[head] / cols, c = queue[head] % cols;
            int t = time[queue[head]] + 1;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                int id = nr * cols + nc;
                if (crate[nr][nc] == 'F' && time[id] < 0) {
                    time[id] = t; fresh--; last = t; queue.push_back(id);
                }
            }
        }
        return fresh ? -1 : last;
    }
};
