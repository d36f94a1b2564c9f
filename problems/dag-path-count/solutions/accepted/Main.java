import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in);
        final long MOD = 1_000_000_007L;
        int[] eu = new int[m], ev = new int[m];
        int[] outdeg = new int[n + 2], indeg = new int[n + 1];
        for (int i = 0; i < m; i++) {
            eu[i] = nextInt(in); ev[i] = nextInt(in);
            outdeg[eu[i]]++; indeg[ev[i]]++;
        }
        int[] start = new int[n + 2];
        for (int i = 1; i <= n; i++) start[i + 1] = start[i] + outdeg[i];
        int[] pos = new int[n + 2];
        System.arraycopy(start, 0, pos, 0, n + 2);
        int[] to = new int[m];
        for (int i = 0; i < m; i++) to[pos[eu[i]]++] = ev[i];
        int[] order = new int[n];
        int tail = 0;
        for (int i = 1; i <= n; i++) if (indeg[i] == 0) order[tail++] = i;
        for (int h = 0; h < tail; h++) {
            int u = order[h];
            for (int k = start[u]; k < start[u + 1]; k++) if (--indeg[to[k]] == 0) order[tail++] = to[k];
        }
        long[] ways = new long[n + 1];
        ways[1] = 1;
        for (int h = 0; h < tail; h++) {
            int u = order[h];
            if (ways[u] == 0) continue;
            for (int k = start[u]; k < start[u + 1]; k++) ways[to[k]] = (ways[to[k]] + ways[u]) % MOD;
        }
        System.out.println(ways[n]);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') {
            if (b == '-') { b = in.read(); int r = 0; while (b >= '0' && b <= '9') { r = r * 10 + (b - '0'); b = in.read(); } return -r; }
            b = in.read();
        }
        while (b >= '0' && b <= '9') { ret = ret * 10 + (b - '0'); b = in.read(); }
        return ret;
    }
}
