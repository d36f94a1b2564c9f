import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.PriorityQueue;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int readByte() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static int readInt() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = readByte();
        boolean neg = c == '-';
        if (neg) c = readByte();
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = readByte();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int n = readInt(), m = readInt();
        int[] head = new int[n + 1], next = new int[m], to = new int[m], wt = new int[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int u = readInt();
            to[i] = readInt();
            wt[i] = readInt();
            next[i] = head[u];
            head[u] = i;
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);
        dist[1] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, 1});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] != dist[u]) continue;
            for (int e = head[u]; e != -1; e = next[e]) {
                int v = to[e];
                long nd = top[0] + wt[e];
                if (dist[v] == -1 || nd < dist[v]) {
                    dist[v] = nd;
                    pq.add(new long[] {nd, v});
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int t = 1; t <= n; t++) sb.append(dist[t]).append('\n');
        System.out.print(sb);
    }
}
