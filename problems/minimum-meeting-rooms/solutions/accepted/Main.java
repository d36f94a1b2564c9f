import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] s = new long[n], e = new long[n];
        for (int i = 0; i < n; i++) { s[i] = readLong(in); e[i] = readLong(in); }
        Arrays.sort(s);
        Arrays.sort(e);
        int j = 0, best = 0;
        for (int i = 0; i < n; i++) {
            while (e[j] <= s[i]) j++;
            best = Math.max(best, i + 1 - j);
        }
        System.out.println(best);
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
