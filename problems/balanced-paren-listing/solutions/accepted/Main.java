import java.util.*;

public class Main {
    static int n, k;
    static StringBuilder cur = new StringBuilder();
    static StringBuilder out = new StringBuilder();
    static int produced = 0;

    static void go(int opened, int closed) {
        if (produced >= k) return;
        if (closed == n) {
            out.append(cur).append('\n');
            produced++;
            return;
        }
        if (opened < n) {
            cur.append('(');
            go(opened + 1, closed);
            cur.setLength(cur.length() - 1);
        }
        if (closed < opened) {
            cur.append(')');
            go(opened, closed + 1);
            cur.setLength(cur.length() - 1);
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        n = sc.nextInt();
        k = sc.nextInt();
        go(0, 0);
        System.out.print(out);
    }
}
