class Solution {
    public int equalPairs(int[][] grid) {
        int n = grid.length;
        Map<List<Integer>, Integer> rows = new HashMap<>();
        for (int[] row : grid) {
            List<Integer> key = new ArrayList<>(n);
            for (int x : row) key.add(x);
            rows.merge(key, 1, Integer::sum);
        }
        int pairs = 0;
        for (int c = 0; c < n; c++) {
            List<Integer> key = new ArrayList<>(n);
            for (int r = 0; r < n; r++) key.add(grid[r][c]);
            pairs += rows.getOrDefault(key, 0);
        }
        return pairs;
    }
}
