import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int m = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        boolean[] isNull = new boolean[m];
        int n = 0;
        for (int i = 0; i < m; i++) {
            isNull[i] = st.nextToken().equals("null");
            if (!isNull[i]) n++;
        }
        int[] L = new int[n], R = new int[n];
        int cnt = 1, p = 1;
        for (int i = 0; i < n; i++) {
            L[i] = -1;
            R[i] = -1;
            if (p < m) { if (!isNull[p]) L[i] = cnt++; p++; }
            if (p < m) { if (!isNull[p]) R[i] = cnt++; p++; }
        }
        int[] h = new int[n];
        int best = 0;
        for (int i = n - 1; i >= 0; i--) {
            int hl = L[i] < 0 ? 0 : h[L[i]];
            int hr = R[i] < 0 ? 0 : h[R[i]];
            best = Math.max(best, hl + hr);
            h[i] = Math.max(hl, hr) + 1;
        }
        System.out.println(best);
    }
}
