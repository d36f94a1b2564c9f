import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int m = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        boolean[] isNull = new boolean[m];
        int[] keys = new int[m];
        int n = 0;
        for (int i = 0; i < m; i++) {
            String t = st.nextToken();
            isNull[i] = t.equals("null");
            if (!isNull[i]) keys[n++] = Integer.parseInt(t);
        }
        int[] depth = new int[n];
        int cnt = 1, p = 1;
        for (int i = 0; i < n; i++)
            for (int s = 0; s < 2; s++)
                if (p < m) { if (!isNull[p]) depth[cnt++] = depth[i] + 1; p++; }
        // sort node ids by key
        long[] enc = new long[n];
        for (int i = 0; i < n; i++) enc[i] = (long) keys[i] * n + i;
        Arrays.sort(enc);
        HashMap<Integer, Integer> rnk = new HashMap<>(2 * n);
        int[] sk = new int[n];
        int LOG = 1;
        while ((1 << LOG) <= n) LOG++;
        long[][] sp = new long[LOG][n];
        for (int r = 0; r < n; r++) {
            int id = (int) (enc[r] % n);
            rnk.put(keys[id], r);
            sk[r] = keys[id];
            sp[0][r] = (long) depth[id] * n + r;
        }
        for (int l = 1; l < LOG; l++)
            for (int i = 0; i + (1 << l) <= n; i++)
                sp[l][i] = Math.min(sp[l - 1][i], sp[l - 1][i + (1 << (l - 1))]);
        int q = Integer.parseInt(br.readLine().trim());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            int a = rnk.get(Integer.parseInt(st.nextToken())), b = rnk.get(Integer.parseInt(st.nextToken()));
            if (a > b) { int t = a; a = b; b = t; }
            int l = 31 - Integer.numberOfLeadingZeros(b - a + 1);
            long best = Math.min(sp[l][a], sp[l][b - (1 << l) + 1]);
            sb.append(sk[(int) (best % n)]).append('\n');
        }
        System.out.print(sb);
    }
}
