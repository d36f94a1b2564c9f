import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int cap = Integer.parseInt(st.nextToken());
        long[] best = new long[cap + 1];
        for (int i = 0; i < n; i++) {
            st = new StringTokenizer(br.readLine());
            long w = Long.parseLong(st.nextToken());
            long v = Long.parseLong(st.nextToken());
            long c = Long.parseLong(st.nextToken());
            for (long k = 1; c > 0; k <<= 1) {
                long take = Math.min(k, c);
                c -= take;
                long pw = w * take, pv = v * take;
                if (pw > cap) continue;
                int p = (int) pw;
                for (int j = cap; j >= p; j--) best[j] = Math.max(best[j], best[j - p] + pv);
            }
        }
        System.out.println(best[cap]);
    }
}
