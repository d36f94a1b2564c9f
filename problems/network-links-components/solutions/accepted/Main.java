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

    public static void main(String[] args) throws IOException {
        int n = readInt(), q = readInt();
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        int comps = n;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int a = find(readInt()), b = find(readInt());
            if (a != b) {
                if (size[a] < size[b]) { int t = a; a = b; b = t; }
                parent[b] = a;
                size[a] += size[b];
                comps--;
            }
            sb.append(comps).append('\n');
        }
        System.out.print(sb);
    }
}
