import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = br.readLine().trim();
        int k = Integer.parseInt(br.readLine().trim());
        HashSet<String> words = new HashSet<>(2 * k + 1);
        boolean[] hasLen = new boolean[21];
        for (int i = 0; i < k; i++) {
            String w = br.readLine().trim();
            hasLen[w.length()] = true;
            words.add(w);
        }
        final long MOD = 1_000_000_007L;
        int n = s.length();
        long[] ways = new long[n + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            if (ways[i] == 0) continue;
            for (int L = 1; L <= 20 && i + L <= n; L++) {
                if (hasLen[L] && words.contains(s.substring(i, i + L))) ways[i + L] = (ways[i + L] + ways[i]) % MOD;
            }
        }
        System.out.println(ways[n]);
    }
}
