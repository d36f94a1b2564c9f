import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in);
        TreeMap<Integer, Integer> depthOf = new TreeMap<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int x = readInt(in);
            int d = 0;
            Map.Entry<Integer, Integer> lo = depthOf.lowerEntry(x), hi = depthOf.higherEntry(x);
            if (lo != null) d = Math.max(d, lo.getValue() + 1);
            if (hi != null) d = Math.max(d, hi.getValue() + 1);
            depthOf.put(x, d);
            if (i > 0) sb.append(' ');
            sb.append(d);
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
