class Solution {
    public int[][] distinctHandfuls(int[] marbles) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int v : marbles) counts.merge(v, 1, Integer::sum);
        List<int[]> handfuls = new ArrayList<>();
        handfuls.add(new int[0]);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int value = e.getKey(), count = e.getValue();
            List<int[]> extended = new ArrayList<>();
            for (int[] base : handfuls) {
                for (int k = 0; k <= count; k++) {
                    int[] h = Arrays.copyOf(base, base.length + k);
                    Arrays.fill(h, base.length, base.length + k, value);
                    extended.add(h);
                }
            }
            handfuls = extended;
        }
        return handfuls.toArray(new int[0][]);
    }
}
