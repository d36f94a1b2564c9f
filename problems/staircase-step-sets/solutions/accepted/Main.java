import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken(); int n = (int) st.nval;
        st.nextToken(); int k = (int) st.nval;
        int[] s = new int[k];
        for (int i = 0; i < k; i++) { st.nextToken(); s[i] = (int) st.nval; }
        final long MOD = 1000000007L;
        long[] w = new long[n + 1];
        w[0] = 1;
        for (int i = 1; i <= n; i++) {
            long t = 0;
            for (int x : s) if (x <= i) t += w[i - x];
            w[i] = t % MOD;
        }
        System.out.println(w[n]);
    }
}
