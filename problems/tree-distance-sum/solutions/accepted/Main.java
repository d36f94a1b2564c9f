import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int[] ea = new int[Math.max(n - 1, 0)], eb = new int[Math.max(n - 1, 0)];
        int[] deg = new int[n + 2];
        for (int i = 0; i < n - 1; i++) { ea[i] = nextInt(in); eb[i] = nextInt(in); deg[ea[i]]++; deg[eb[i]]++; }
        int[] start = new int[n + 2];
        for (int i = 1; i <= n; i++) start[i + 1] = start[i] + deg[i];
        int[] pos = start.clone();
        int[] to = new int[2 * n];
        for (int i = 0; i < n - 1; i++) { to[pos[ea[i]]++] = eb[i]; to[pos[eb[i]]++] = ea[i]; }
        int[] parent = new int[n + 1], order = new int[n];
        parent[1] = -1;
        int tail = 0;
        order[tail++] = 1;
        for (int h = 0; h < tail; h++) {
            int u = order[h];
            for (int k = start[u]; k < start[u + 1]; k++)
                if (to[k] != parent[u]) { parent[to[k]] = u; order[tail++] = to[k]; }
        }
        long[] size = new long[n + 1];
        Arrays.fill(size, 1);
        long total = 0;
        for (int h = n - 1; h >= 1; h--) {
            int u = order[h];
            total += size[u] * (n - size[u]);
            size[parent[u]] += size[u];
        }
        System.out.println(total);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') b = in.read();
        while (b >= '0' && b <= '9') { ret = ret * 10 + (b - '0'); b = in.read(); }
        return ret;
    }
}
