import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long k = readLong(in);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = readLong(in);
        Arrays.sort(a);
        long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            long c = 0;
            int j = 0;
            for (int i = 0; i < n; i++) {
                while (a[i] - a[j] > mid) j++;
                c += i - j;
            }
            if (c >= k) hi = mid; else lo = mid + 1;
        }
        System.out.println(lo);
    }

    static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = in.read(); }
        return neg ? -v : v;
    }
}
