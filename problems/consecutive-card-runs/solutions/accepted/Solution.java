class Solution {
    // Min-heap of the distinct values still in the pile; the smallest must start a run.
    public boolean canFormRuns(int[] cards, int runLength) {
        if (cards.length % runLength != 0) return false;
        HashMap<Integer, Integer> count = new HashMap<>();
        for (int v : cards) count.merge(v, 1, Integer::sum);
        PriorityQueue<Integer> heap = new PriorityQueue<>(count.keySet());
        while (!heap.isEmpty()) {
            int first = heap.peek();
            for (int v = first; v < first + runLength; v++) {
                Integer c = count.get(v);
                if (c == null || c == 0) return false;
                count.put(v, c - 1);
                if (c == 1) {
                    // the smallest value runs out first; anything else left a gap below it
                    if (heap.peek() != v) return false;
                    heap.poll();
                }
            }
        }
        return true;
    }
}
