import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in);
        int[] nxt = new int[n + 1];
        for (int i = 1; i <= n; i++) nxt[i] = readInt(in);
        boolean[] seen = new boolean[n + 1];
        int cur = 1;
        while (cur != 0 && !seen[cur]) {
            seen[cur] = true;
            cur = nxt[cur];
        }
        System.out.println(cur == 0 ? -1 : cur);
    }

    private static int readInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b != '-' && (b < '0' || b > '9')) b = in.read();
        boolean neg = false;
        if (b == '-') { neg = true; b = in.read(); }
        while (b >= '0' && b <= '9') { ret = ret * 10 + (b - '0'); b = in.read(); }
        return neg ? -ret : ret;
    }
}
