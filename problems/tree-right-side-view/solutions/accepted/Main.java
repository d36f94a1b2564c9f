import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        int[] depth = new int[n];
        ArrayList<String> shown = new ArrayList<>();
        int count = 1;
        depth[0] = 0;
        shown.add(st.nextToken());
        for (int i = 0; i < count; i++) {
            int d = depth[i] + 1;
            for (int c = 0; c < 2; c++) {
                String t = st.nextToken();
                if (t.equals("null")) continue;
                depth[count++] = d;
                if (d == shown.size()) shown.add(t); else shown.set(d, t);
            }
        }
        System.out.println(String.join(" ", shown));
    }
}
