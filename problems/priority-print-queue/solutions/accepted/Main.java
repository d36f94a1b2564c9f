import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in);
        int m = (int) read(in) - 1;
        long[] key = new long[n];
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = read(in);
            // sort ascending by (-p, index): encode as (-(p) << 17) | index  (p <= 1e9 < 2^30)
            key[i] = ((1L << 31) - p[i]) << 17 | i;
        }
        Arrays.sort(key);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) (key[i] & ((1 << 17) - 1));
        long printed = 0;
        int pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && p[order[j]] == p[order[i]]) j++;
            int len = j - i;
            int s = lowerBound(order, i, j, pos) - i;
            if (s == len) s = 0;
            if (p[order[i]] == p[m]) {
                int r = lowerBound(order, i, j, m) - i;
                int rank = r >= s ? r - s : len - s + r;
                System.out.println(printed + rank + 1);
                return;
            }
            printed += len;
            pos = (s == 0 ? order[j - 1] : order[i + s - 1]) + 1;
            i = j;
        }
    }

    static int lowerBound(int[] a, int lo, int hi, int x) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static long read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return v;
    }
}
