import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        int[] w = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) { st.nextToken(); w[i] = (int) st.nval; total += w[i]; }
        int half = total / 2;
        int words = (half >> 6) + 1;
        long[] bits = new long[words];  // bit s: some subset weighs exactly s
        bits[0] = 1L;
        for (int x : w) {
            int ws = x >> 6, bs = x & 63;
            for (int i = words - 1; i >= ws; i--) {
                long v = bits[i - ws] << bs;
                if (bs != 0 && i - ws - 1 >= 0) v |= bits[i - ws - 1] >>> (64 - bs);
                bits[i] |= v;
            }
        }
        int best = half;
        while (((bits[best >> 6] >>> (best & 63)) & 1L) == 0) best--;
        System.out.println(total - 2 * best);
    }
}
