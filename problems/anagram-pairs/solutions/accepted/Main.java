import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        HashMap<String, Integer> cnt = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            char[] c = br.readLine().trim().toCharArray();
            Arrays.sort(c);
            cnt.merge(new String(c), 1, Integer::sum);
        }
        long ans = 0;
        for (int c : cnt.values()) ans += (long) c * (c - 1) / 2;
        System.out.println(ans);
    }
}
