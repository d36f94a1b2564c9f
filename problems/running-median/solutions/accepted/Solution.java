class MedianTracker {
    // The lower half in a max-heap, the upper half in a min-heap; low holds as many values as
    // high or one more.
    private final PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
    private final PriorityQueue<Integer> high = new PriorityQueue<>();

    public MedianTracker() {
    }

    public void add(int num) {
        if (!low.isEmpty() && num > low.peek()) {
            high.offer(num);
            if (high.size() > low.size()) low.offer(high.poll());
        } else {
            low.offer(num);
            if (low.size() > high.size() + 1) high.offer(low.poll());
        }
    }

    public double median() {
        if (low.size() > high.size()) return low.peek();
        return ((long) low.peek() + (long) high.peek()) / 2.0;
    }
}
