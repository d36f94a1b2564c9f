class Solution {
    public int[] shortestToChar(String s, char c) {
        int n = s.length();
        int[] d = new int[n];
        int last = -2 * n;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == c) last = i;
            d[i] = i - last;
        }
        last = 3 * n;
        for (int i = n - 1; i >= 0; i--) {
            if (s.charAt(i) == c) last = i;
            d[i] = Math.min(d[i], last - i);
        }
        return d;
    }
}
