import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int m = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        boolean[] isNull = new boolean[m];
        long[] raw = new long[m];
        int n = 0;
        for (int i = 0; i < m; i++) {
            String t = st.nextToken();
            isNull[i] = t.equals("null");
            if (!isNull[i]) raw[n++] = Long.parseLong(t);
        }
        int[] L = new int[n], R = new int[n];
        int cnt = 1, p = 1;
        for (int i = 0; i < n; i++) {
            L[i] = -1;
            R[i] = -1;
            if (p < m) { if (!isNull[p]) L[i] = cnt++; p++; }
            if (p < m) { if (!isNull[p]) R[i] = cnt++; p++; }
        }
        long INF = 1L << 40;
        long[] lo = new long[n], hi = new long[n];
        Arrays.fill(lo, -INF);
        Arrays.fill(hi, INF);
        for (int i = 0; i < n; i++) {
            long v = raw[i];
            if (!(lo[i] < v && v < hi[i])) { System.out.println("NO"); return; }
            if (L[i] >= 0) { lo[L[i]] = lo[i]; hi[L[i]] = v; }
            if (R[i] >= 0) { lo[R[i]] = v; hi[R[i]] = hi[i]; }
        }
        System.out.println("YES");
    }
}
