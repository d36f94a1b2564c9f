import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int k = readInt(in);
        int[][] lists = new int[k][];
        for (int i = 0; i < k; i++) {
            int len = readInt(in);
            lists[i] = new int[len];
            for (int j = 0; j < len; j++) lists[i][j] = readInt(in);
        }
        // min-heap of list ids ordered by their current front value
        int[] ptr = new int[k];
        PriorityQueue<Integer> pq = new PriorityQueue<>(
            (a, b) -> Integer.compare(lists[a][ptr[a]], lists[b][ptr[b]]));
        for (int i = 0; i < k; i++) if (lists[i].length > 0) pq.add(i);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        while (!pq.isEmpty()) {
            int i = pq.poll();
            if (!first) sb.append(' ');
            first = false;
            sb.append(lists[i][ptr[i]]);
            ptr[i]++;
            if (ptr[i] < lists[i].length) pq.add(i);
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
