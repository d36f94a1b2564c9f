import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { st.nextToken(); c[i][j] = (long) st.nval; }
        int full = 1 << n;
        long[] dp = new long[full];
        Arrays.fill(dp, Long.MAX_VALUE);
        dp[0] = 0;
        for (int mask = 0; mask < full - 1; mask++) {
            int i = Integer.bitCount(mask);
            for (int j = 0; j < n; j++) {
                if (((mask >> j) & 1) != 0) continue;
                int nm = mask | (1 << j);
                long v = dp[mask] + c[i][j];
                if (v < dp[nm]) dp[nm] = v;
            }
        }
        System.out.println(dp[full - 1]);
    }
}
