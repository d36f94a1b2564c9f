class TimeMap {
    private static final class History {
        int[] times = new int[4];
        String[] values = new String[4];
        int size;
    }

    private final HashMap<String, History> histories = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        History h = histories.computeIfAbsent(key, k -> new History());
        if (h.size == h.times.length) {
            h.times = Arrays.copyOf(h.times, 2 * h.size);
            h.values = Arrays.copyOf(h.values, 2 * h.size);
        }
        h.times[h.size] = timestamp;
        h.values[h.size] = value;
        h.size++;
    }

    public String get(String key, int timestamp) {
        History h = histories.get(key);
        if (h == null) return "";
        int lo = 0, hi = h.size;  // first version later than timestamp, in [lo, hi]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h.times[mid] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? "" : h.values[lo - 1];
    }
}
