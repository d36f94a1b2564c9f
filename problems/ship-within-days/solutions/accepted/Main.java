import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        int d = (int) readLong(in);
        long[] w = new long[n];
        long total = 0, mx = 0;
        for (int i = 0; i < n; i++) { w[i] = readLong(in); total += w[i]; mx = Math.max(mx, w[i]); }
        long lo = mx, hi = total;
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            long days = 1, cur = 0;
            for (int i = 0; i < n; i++) {
                if (cur + w[i] > mid) { days++; cur = 0; }
                cur += w[i];
            }
            if (days <= d) hi = mid; else lo = mid + 1;
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
