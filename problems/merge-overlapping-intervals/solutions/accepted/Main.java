import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long l = readLong(in), r = readLong(in);
            keys[i] = (l << 31) | r;
        }
        Arrays.sort(keys);
        long mask = (1L << 31) - 1;
        StringBuilder sb = new StringBuilder();
        int m = 0;
        long cl = keys[0] >> 31, cr = keys[0] & mask;
        for (int i = 1; i < n; i++) {
            long l = keys[i] >> 31, r = keys[i] & mask;
            if (l <= cr) cr = Math.max(cr, r);
            else { sb.append(cl).append(' ').append(cr).append('\n'); m++; cl = l; cr = r; }
        }
        sb.append(cl).append(' ').append(cr).append('\n'); m++;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(m + "\n");
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
