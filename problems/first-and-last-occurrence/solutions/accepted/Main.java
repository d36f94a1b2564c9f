import java.io.*;

public class Main {
    static long[] a;
    static int n;

    // first index with a[i] >= x (strict = false) or a[i] > x (strict = true)
    static int bound(long x, boolean strict) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x || (strict && a[mid] == x)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        n = (int) readLong(in);
        int q = (int) readLong(in);
        a = new long[n];
        for (int i = 0; i < n; i++) a[i] = readLong(in);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < q; k++) {
            long x = readLong(in);
            int lo = bound(x, false);
            if (lo < n && a[lo] == x) sb.append(lo + 1).append(' ').append(bound(x, true)).append('\n');
            else sb.append("-1 -1\n");
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
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
