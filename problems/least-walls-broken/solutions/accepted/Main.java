import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int m = Integer.parseInt(st.nextToken());
        int w = m + 2;
        int size = w * (n + 2);
        byte[] grid = new byte[size];
        Arrays.fill(grid, (byte) '@');
        int start = -1, end = -1;
        for (int i = 0; i < n; i++) {
            String row = br.readLine().trim();
            for (int j = 0; j < m; j++) {
                int c = (i + 1) * w + j + 1;
                char ch = row.charAt(j);
                grid[c] = (byte) ch;
                if (ch == 'S') start = c;
                if (ch == 'E') end = c;
            }
        }
        final int INF = Integer.MAX_VALUE;
        int[] dist = new int[size];
        Arrays.fill(dist, INF);
        // deque on a circular buffer: each cell enters at most a few times
        int cap = 1 << 23;
        int[] dq = new int[cap];
        int head = 0, tail = 0;
        dist[start] = 0;
        dq[tail] = start;
        tail = (tail + 1) & (cap - 1);
        int[] steps = {1, -1, w, -w};
        while (head != tail) {
            int c = dq[head];
            head = (head + 1) & (cap - 1);
            for (int s : steps) {
                int nb = c + s;
                if (grid[nb] == '@') continue;
                int cost = grid[nb] == '#' ? 1 : 0;
                if (dist[c] + cost < dist[nb]) {
                    dist[nb] = dist[c] + cost;
                    if (cost == 1) {
                        dq[tail] = nb;
                        tail = (tail + 1) & (cap - 1);
                    } else {
                        head = (head - 1) & (cap - 1);
                        dq[head] = nb;
                    }
                }
            }
        }
        System.out.println(dist[end] == INF ? -1 : dist[end]);
    }
}
