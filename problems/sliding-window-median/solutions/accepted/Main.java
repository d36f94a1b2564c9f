import java.io.*;
import java.util.*;

public class Main {
    // element i is encoded as value * 2^17 + i, which makes all keys distinct
    static final long SHIFT = 1L << 17;

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), k = readInt(in);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = readInt(in);
        int need = (k + 1) / 2;
        TreeSet<Long> lo = new TreeSet<>(), hi = new TreeSet<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long key = a[i] * SHIFT + i;
            if (!lo.isEmpty() && key < lo.last()) lo.add(key); else hi.add(key);
            if (i >= k) {
                long old = a[i - k] * SHIFT + (i - k);
                if (!lo.remove(old)) hi.remove(old);
            }
            while (lo.size() > need) hi.add(lo.pollLast());
            while (lo.size() < need && !hi.isEmpty()) lo.add(hi.pollFirst());
            if (i >= k - 1) {
                if (i > k - 1) sb.append(' ');
                sb.append(lo.last() / SHIFT);
            }
        }
        sb.append('\n');
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(sb);
        pw.flush();
    }

    private static int readInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b != '-' && (b < '0' || b > '9')) b = in.read();
        boolean neg = false;
        if (b == '-') { neg = true; b = in.read(); }
        while (b >= '0' && b <= '9') { ret = ret * 10 + (b - '0'); b = in.read(); }
        return neg ? -ret : ret;
    }
}
