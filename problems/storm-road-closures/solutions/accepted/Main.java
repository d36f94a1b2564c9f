import java.io.DataInputStream;
import java.io.IOException;

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

    static int[] parent, size;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    static int unite(int x, int y) {
        x = find(x);
        y = find(y);
        if (x == y) return 0;
        if (size[x] < size[y]) { int t = x; x = y; y = t; }
        parent[y] = x;
        size[x] += size[y];
        return 1;
    }

    public static void main(String[] args) throws IOException {
        int n = readInt(), m = readInt();
        int[] a = new int[m + 1], b = new int[m + 1];
        for (int i = 1; i <= m; i++) { a[i] = readInt(); b[i] = readInt(); }
        int q = readInt();
        int[] closes = new int[q];
        boolean[] closed = new boolean[m + 1];
        for (int j = 0; j < q; j++) { closes[j] = readInt(); closed[closes[j]] = true; }
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        int comps = n;
        for (int i = 1; i <= m; i++) if (!closed[i]) comps -= unite(a[i], b[i]);
        int[] ans = new int[q];
        for (int j = q - 1; j >= 0; j--) {
            ans[j] = comps;
            comps -= unite(a[closes[j]], b[closes[j]]);
        }
        StringBuilder sb = new StringBuilder();
        for (int x : ans) sb.append(x).append('\n');
        System.out.print(sb);
    }
}
