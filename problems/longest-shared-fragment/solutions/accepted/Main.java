import java.io.*;
import java.util.*;

public class Main {
    static final long M1 = 1_000_000_007L, M2 = 998_244_353L, B1 = 911_382_323L, B2 = 972_663_749L;
    static long[] p1, p2;

    static long[][] prefix(byte[] s) {
        long[] h1 = new long[s.length + 1], h2 = new long[s.length + 1];
        for (int i = 0; i < s.length; i++) {
            h1[i + 1] = (h1[i] * B1 + s[i]) % M1;
            h2[i + 1] = (h2[i] * B2 + s[i]) % M2;
        }
        return new long[][] {h1, h2};
    }

    static long get(long[][] h, int i, int len) {
        long a = ((h[0][i + len] - h[0][i] * p1[len]) % M1 + M1) % M1;
        long b = ((h[1][i + len] - h[1][i] * p2[len]) % M2 + M2) % M2;
        return (a << 32) | b;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        byte[] s = br.readLine().trim().getBytes();
        byte[] t = br.readLine().trim().getBytes();
        if (s.length > t.length) { byte[] x = s; s = t; t = x; }
        int n = s.length, m = t.length;
        p1 = new long[m + 1]; p2 = new long[m + 1];
        p1[0] = p2[0] = 1;
        for (int i = 1; i <= m; i++) { p1[i] = p1[i - 1] * B1 % M1; p2[i] = p2[i - 1] * B2 % M2; }
        long[][] hs = prefix(s), ht = prefix(t);
        int lo = 0, hi = n;
        long[] keys = new long[n];
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            int k = 0;
            for (int i = 0; i + mid <= n; i++) keys[k++] = get(hs, i, mid);
            Arrays.sort(keys, 0, k);
            boolean ok = false;
            for (int i = 0; i + mid <= m && !ok; i++)
                if (Arrays.binarySearch(keys, 0, k, get(ht, i, mid)) >= 0) ok = true;
            if (ok) lo = mid; else hi = mid - 1;
        }
        System.out.println(lo);
    }
}
