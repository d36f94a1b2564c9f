import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

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

    private static long readLong() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = readByte();
        boolean neg = c == '-';
        if (neg) c = readByte();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = readByte();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) readLong(), m = (int) readLong();
        long[] d = new long[n + 1];
        for (int i = 1; i <= n; i++) d[i] = readLong();
        int[] head = new int[n + 1], next = new int[m], to = new int[m], indeg = new int[n + 1];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            int a = (int) readLong(), b = (int) readLong();
            to[i] = b;
            next[i] = head[a];
            head[a] = i;
            indeg[b]++;
        }
        long[] start = new long[n + 1];
        int[] queue = new int[n];
        int tail = 0;
        for (int v = 1; v <= n; v++) if (indeg[v] == 0) queue[tail++] = v;
        long best = 0;
        for (int h = 0; h < tail; h++) {
            int u = queue[h];
            long fin = start[u] + d[u];
            best = Math.max(best, fin);
            for (int e = head[u]; e != -1; e = next[e]) {
                int v = to[e];
                start[v] = Math.max(start[v], fin);
                if (--indeg[v] == 0) queue[tail++] = v;
            }
        }
        System.out.println(tail == n ? best : -1);
    }
}
