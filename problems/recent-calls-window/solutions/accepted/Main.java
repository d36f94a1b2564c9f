import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) read(in);
        long w = read(in);
        ArrayDeque<Long> window = new ArrayDeque<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long t = read(in);
            window.addLast(t);
            while (window.peekFirst() < t - w) window.pollFirst();
            if (i > 0) sb.append(' ');
            sb.append(window.size());
        }
        sb.append('\n');
        System.out.print(sb);
    }

    static long read(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -v : v;
    }
}
