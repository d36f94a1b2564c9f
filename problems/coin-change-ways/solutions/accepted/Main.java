import java.util.*;

public class Main {
    public static void main(String[] args) {
        final long MOD = 1_000_000_007L;
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        int amount = sc.nextInt();
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            int c = sc.nextInt();
            for (int s = c; s <= amount; s++) ways[s] = (ways[s] + ways[s - c]) % MOD;
        }
        System.out.println(ways[amount]);
    }
}
