import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long l = readLong(in), r = readLong(in);
            keys[i] = (r << 31) | l;
        }
        Arrays.sort(keys);
        long mask = (1L << 31) - 1, last = -1;
        int kept = 0;
        for (long k : keys) {
            if ((k & mask) >= last) { kept++; last = k >> 31; }
        }
        System.out.println(n - kept);
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
