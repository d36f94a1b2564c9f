import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int k = Integer.parseInt(st.nextToken());
        boolean[][] edge = new boolean[26][26];
        String prev = br.readLine().trim();
        for (int i = 1; i < n; i++) {
            String cur = br.readLine().trim();
            int p = 0;
            int lim = Math.min(prev.length(), cur.length());
            while (p < lim && prev.charAt(p) == cur.charAt(p)) p++;
            if (p == cur.length()) {
                if (prev.length() > cur.length()) {
                    System.out.println("IMPOSSIBLE");
                    return;
                }
            } else if (p < prev.length()) {
                edge[prev.charAt(p) - 'a'][cur.charAt(p) - 'a'] = true;
            }
            prev = cur;
        }
        int[] indeg = new int[26];
        for (int u = 0; u < k; u++)
            for (int v = 0; v < k; v++)
                if (edge[u][v]) indeg[v]++;
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int u = 0; u < k; u++) if (indeg[u] == 0) pq.add(u);
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) {
            int u = pq.poll();
            order.append((char) ('a' + u));
            for (int v = 0; v < k; v++)
                if (edge[u][v] && --indeg[v] == 0) pq.add(v);
        }
        System.out.println(order.length() == k ? order.toString() : "IMPOSSIBLE");
    }
}
