class Solution {
    public int minutesUntilSpoiled(char[][] crate) {
        int rows = crate.length, cols = crate[0].length;
        int[] time = new int[rows * cols];
        Arrays.fill(time, -1);
        int[] queue = new int[rows * cols];
        int head = 0, tail = 0, fresh = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (crate[r][c] == 'M') { time[r * cols + c] = 0; queue[tail++] = r * cols + c; }
                else if (crate[r][c] == 'F') fresh++;
            }
        int last = 0;
        int[] dr = {-1, 1, 0, 0}, dc = {0, 0, -1, 1};
        while (head < tail) {
            int cur = queue[head++];
            int r = cur / cols, c = cur % cols, t = time[cur] + 1;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                int id = nr * cols + nc;
                if (crate[nr][nc] == 'F' && time[id] < 0) {
                    time[id] = t; fresh--; last = t; queue[tail++] = id;
                }
            }
        }
        return fresh > 0 ? -1 : last;
    }
}
