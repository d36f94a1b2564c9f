class Solution {
    public long totalBitDifferences(int[] codes) {
        long n = codes.length, total = 0;
        for (int bit = 0; bit < 31; bit++) {
            long ones = 0;
            for (int c : codes) ones += (c >> bit) & 1;
            total += ones * (n - ones);
        }
        return total;
    }
}
