import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), m = Integer.parseInt(st.nextToken());
        int W = m + 2, H = n + 2, size = W * H;
        boolean[] open = new boolean[size];
        Arrays.fill(open, true);
        for (int i = 0; i < n; i++) {
            String row = br.readLine().trim();
            for (int j = 0; j < m; j++) open[(i + 1) * W + j + 1] = row.charAt(j) == '.';
        }
        boolean[] seen = new boolean[size];
        int[] stack = new int[size];
        int[] steps = {1, -1, W, -W};
        int lakes = -1;
        for (int s = 0; s < size; s++) {
            if (!open[s] || seen[s]) continue;
            lakes++;  // the first component found (from cell 0) is the outside
            int top = 0;
            stack[top++] = s;
            seen[s] = true;
            while (top > 0) {
                int c = stack[--top];
                for (int d : steps) {
                    int x = c + d;
                    if (x >= 0 && x < size && open[x] && !seen[x]) { seen[x] = true; stack[top++] = x; }
                }
            }
        }
        System.out.println(lakes);
    }
}
