import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int r = Integer.parseInt(st.nextToken()), c = Integer.parseInt(st.nextToken());
        final int MOD = 1000000007;
        int[] ways = new int[c];
        ways[0] = 1;
        for (int i = 0; i < r; i++) {
            String row = br.readLine().trim();
            for (int j = 0; j < c; j++) {
                if (row.charAt(j) == '#') ways[j] = 0;
                else if (j > 0) { ways[j] += ways[j - 1]; if (ways[j] >= MOD) ways[j] -= MOD; }
            }
        }
        System.out.println(ways[c - 1]);
    }
}
