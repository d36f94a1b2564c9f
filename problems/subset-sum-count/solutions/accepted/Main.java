import java.io.*;
import java.util.*;

public class Main {
    static long[] allSums(long[] v, int from, int to) {
        long[] s = new long[1 << (to - from)];
        int m = 1;
        for (int i = from; i < to; i++) {
            for (int j = 0; j < m; j++) s[m + j] = s[j] + v[i];
            m *= 2;
        }
        return s;
    }

    // first index with r[idx] > x (strict) or >= x (not strict)
    static int bound(long[] r, long x, boolean strict) {
        int lo = 0, hi = r.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r[mid] < x || (strict && r[mid] == x)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer st = null;
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tk = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(tk.nextToken());
        long k = Long.parseLong(tk.nextToken());
        long[] a = new long[n];
        tk = new StringTokenizer(br.readLine());
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(tk.nextToken());
        long[] L = allSums(a, 0, n / 2);
        long[] R = allSums(a, n / 2, n);
        Arrays.sort(R);
        long total = 0;
        for (long s : L) total += bound(R, k - s, true) - bound(R, k - s, false);
        if (k == 0) total--;
        System.out.println(total);
    }
}
