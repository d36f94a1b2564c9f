import java.util.*;

public class Main {
    static int n, t;
    static int[] a;
    static int[] cur = new int[64];
    static int depth = 0, count = 0;
    static StringBuilder body = new StringBuilder();

    static void go(int start, int rem) {
        if (rem == 0) {
            count++;
            for (int i = 0; i < depth; i++) {
                if (i > 0) body.append(' ');
                body.append(cur[i]);
            }
            body.append('\n');
            return;
        }
        for (int i = start; i < n; i++) {
            if (a[i] > rem) break;
            if (i > start && a[i] == a[i - 1]) continue;
            cur[depth++] = a[i];
            go(i + 1, rem - a[i]);
            depth--;
        }
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        n = sc.nextInt();
        t = sc.nextInt();
        a = new int[n];
        for (int i = 0; i < n; i++) a[i] = sc.nextInt();
        Arrays.sort(a);
        go(0, t);
        System.out.print(count + "\n" + body);
    }
}
