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
        boolean[] open = new boolean[size];
        int start = -1, end = -1;
        for (int i = 0; i < n; i++) {
            String row = br.readLine().trim();
            for (int j = 0; j < m; j++) {
                int c = (i + 1) * w + j + 1;
                char ch = row.charAt(j);
                open[c] = ch != '#';
                if (ch == 'S') start = c;
                if (ch == 'E') end = c;
            }
        }
        int[] dist = new int[size];
        Arrays.fill(dist, -1);
        int[] q = new int[size];
        int head = 0, tail = 0;
        dist[start] = 0;
        q[tail++] = start;
        int[] steps = {1, -1, w, -w};
        while (head < tail && dist[end] < 0) {
            int c = q[head++];
            for (int s : steps) {
                int nb = c + s;
                if (dist[nb] < 0 && open[nb]) { dist[nb] = dist[c] + 1; q[tail++] = nb; }
            }
        }
        System.out.println(dist[end]);
    }
}
