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
        int[] head = new int[n + 1], next = new int[m], to = new int[m], indeg = new int[n + 1];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int a = readInt(), b = readInt();
            to[i] = b;
            next[i] = head[a];
            head[a] = i;
            indeg[b]++;
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v = 1; v <= n; v++) if (indeg[v] == 0) pq.add(v);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (!pq.isEmpty()) {
            int u = pq.poll();
            if (count++ > 0) sb.append(' ');
            sb.append(u);
            for (int e = head[u]; e != -1; e = next[e])
                if (--indeg[to[e]] == 0) pq.add(to[e]);
        }
        if (count < n) System.out.println("IMPOSSIBLE");
        else System.out.println(sb);
    }
}
