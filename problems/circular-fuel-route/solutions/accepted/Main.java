import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] g = new long[n], c = new long[n];
        for (int i = 0; i < n; i++) g[i] = readLong(in);
        for (int i = 0; i < n; i++) c[i] = readLong(in);
        long[] p = new long[n + 1];
        for (int j = 0; j < n; j++) p[j + 1] = p[j] + g[j] - c[j];
        long total = p[n];
        if (total < 0) { System.out.println(0); return; }
        long[] suf = new long[n + 2];
        suf[n] = p[n];
        for (int j = n - 1; j >= 1; j--) suf[j] = Math.min(p[j], suf[j + 1]);
        int count = 0;
        long pre = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (i >= 1) pre = Math.min(pre, p[i]);
            boolean ok = suf[i + 1] >= p[i] && (pre == Long.MAX_VALUE || total + pre >= p[i]);
            if (ok) count++;
        }
        System.out.println(count);
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
