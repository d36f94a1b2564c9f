import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), k = Integer.parseInt(st.nextToken());
        HashMap<String, Integer> cnt = new HashMap<>();
        int read = 0;
        while (read < n) {
            String line = br.readLine();
            if (line == null) break;
            st = new StringTokenizer(line);
            while (st.hasMoreTokens() && read < n) {
                cnt.merge(st.nextToken(), 1, Integer::sum);
                read++;
            }
        }
        // min-heap of size k keyed by rank (worst-ranked word on top)
        Comparator<Map.Entry<String, Integer>> better = (a, b) -> {
            int c = Integer.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        };
        PriorityQueue<Map.Entry<String, Integer>> pq = new PriorityQueue<>(better.reversed());
        for (Map.Entry<String, Integer> e : cnt.entrySet()) {
            pq.add(e);
            if (pq.size() > k) pq.poll();
        }
        List<Map.Entry<String, Integer>> res = new ArrayList<>(pq);
        res.sort(better);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : res) sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        System.out.print(sb);
    }
}
