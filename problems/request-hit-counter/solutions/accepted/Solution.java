class HitCounter {
    // A queue of (second, hits in it), oldest first, in two growing arrays.
    private int[] seconds = new int[16];
    private int[] counts = new int[16];
    private int head, tail, total;

    public HitCounter() {
    }

    private void expire(int timestamp) {
        while (head < tail && seconds[head] <= timestamp - 300) {
            total -= counts[head++];
        }
    }

    public void hit(int timestamp) {
        expire(timestamp);
        if (head < tail && seconds[tail - 1] == timestamp) {
            counts[tail - 1]++;
        } else {
            if (tail == seconds.length) {
                seconds = Arrays.copyOf(seconds, 2 * tail);
                counts = Arrays.copyOf(counts, 2 * tail);
            }
            seconds[tail] = timestamp;
            counts[tail++] = 1;
        }
        total++;
    }

    public int getHits(int timestamp) {
        expire(timestamp);
        return total;
    }
}
