class SnapshotArray {
    // Per position its history: the snap ids at which it changed (increasing) and the values.
    private final int[][] ids;
    private final int[][] vals;
    private final int[] sizes;
    private int snaps = 0;

    public SnapshotArray(int length) {
        ids = new int[length][];
        vals = new int[length][];
        sizes = new int[length];
    }

    public void set(int index, int val) {
        int n = sizes[index];
        if (n > 0 && ids[index][n - 1] == snaps) {
            vals[index][n - 1] = val;
            return;
        }
        if (ids[index] == null) {
            ids[index] = new int[2];
            vals[index] = new int[2];
        } else if (n == ids[index].length) {
            ids[index] = Arrays.copyOf(ids[index], 2 * n);
            vals[index] = Arrays.copyOf(vals[index], 2 * n);
        }
        ids[index][n] = snaps;
        vals[index][n] = val;
        sizes[index] = n + 1;
    }

    public int snap() {
        return snaps++;
    }

    public int get(int index, int snapId) {
        int[] h = ids[index];
        int lo = 0, hi = sizes[index];  // the first change after snapId, in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h[mid] <= snapId) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? 0 : vals[index][lo - 1];
    }
}
