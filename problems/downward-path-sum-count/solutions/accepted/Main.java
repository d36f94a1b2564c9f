import java.io.*;
import java.util.*;

public class Main {
    static DataInputStream in;

    static String next() throws IOException {
        StringBuilder sb = new StringBuilder();
        int b = in.read();
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') b = in.read();
        while (b != -1 && b != ' ' && b != '\n' && b != '\r' && b != '\t') { sb.append((char) b); b = in.read(); }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = Integer.parseInt(next());
        long T = Long.parseLong(next());
        long[] val = new long[n];
        int[] left = new int[n], right = new int[n];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
        val[0] = Long.parseLong(next());
        int count = 1;
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < 2; c++) {
                String t = next();
                if (t.equals("null")) continue;
                val[count] = Long.parseLong(t);
                if (c == 0) left[i] = count; else right[i] = count;
                count++;
            }
        }
        HashMap<Long, Integer> seen = new HashMap<>();
        seen.put(0L, 1);
        long ans = 0;
        long[] pre = new long[n];
        int[] stack = new int[2 * n + 2];   // value u >= 0: enter u; value ~u: leave u
        int top = 0;
        stack[top++] = 0;
        pre[0] = val[0];
        while (top > 0) {
            int u = stack[--top];
            if (u < 0) {
                u = ~u;
                seen.merge(pre[u], -1, Integer::sum);
                continue;
            }
            long p = pre[u];
            ans += seen.getOrDefault(p - T, 0);
            seen.merge(p, 1, Integer::sum);
            stack[top++] = ~u;
            if (left[u] >= 0) { pre[left[u]] = p + val[left[u]]; stack[top++] = left[u]; }
            if (right[u] >= 0) { pre[right[u]] = p + val[right[u]]; stack[top++] = right[u]; }
        }
        System.out.println(ans);
    }
}
