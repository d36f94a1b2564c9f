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

    static int[] parent;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        int n = readInt(), m = readInt();
        int[] a = new int[m], b = new int[m];
        long[] key = new long[m];
        for (int i = 0; i < m; i++) {
            a[i] = readInt();
            b[i] = readInt();
            long c = readInt();
            key[i] = (c << 20) | i;      // sort by cost, keep the index (m < 2^20)
        }
        Arrays.sort(key);
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        long total = 0;
        int joined = 0;
        for (int k = 0; k < m; k++) {
            int i = (int) (key[k] & ((1 << 20) - 1));
            int x = find(a[i]), y = find(b[i]);
            if (x != y) {
                parent[x] = y;
                total += key[k] >> 20;
                joined++;
            }
        }
        System.out.println(joined == n - 1 ? total : -1);
    }
}
