class Solution {
    public int longestCommonSubsequence(String draft, String revision) {
        int m = revision.length();
        char[] other = revision.toCharArray();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 0; i < draft.length(); i++) {
            char ch = draft.charAt(i);
            cur[0] = 0;
            for (int j = 0; j < m; j++)
                cur[j + 1] = ch == other[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
