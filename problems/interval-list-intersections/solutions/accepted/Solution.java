class Solution {
    public int[][] sharedFreeTime(int[][] mySlots, int[][] yourSlots) {
        List<int[]> result = new ArrayList<>();
        int i = 0, j = 0;
        while (i < mySlots.length && j < yourSlots.length) {
            int lo = Math.max(mySlots[i][0], yourSlots[j][0]);
            int hi = Math.min(mySlots[i][1], yourSlots[j][1]);
            if (lo <= hi) result.add(new int[] {lo, hi});
            if (mySlots[i][1] < yourSlots[j][1]) i++; else j++;
        }
        return result.toArray(new int[0][]);
    }
}
