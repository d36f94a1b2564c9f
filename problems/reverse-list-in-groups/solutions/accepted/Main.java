import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), k = readInt(in);
        int[] val = new int[n];
        int[] nxt = new int[n + 1];  // node n is a dummy head
        for (int i = 0; i < n; i++) {
            val[i] = readInt(in);
            nxt[i] = i + 1 < n ? i + 1 : -1;
        }
        nxt[n] = 0;
        int tail = n;
        while (true) {
            int end = tail, cnt = 0;
            while (cnt < k && nxt[end] != -1) { end = nxt[end]; cnt++; }
            if (cnt < k) break;
            int start = nxt[tail], after = nxt[end];
            int prev = after, cur = start;
            while (cur != after) { int nx = nxt[cur]; nxt[cur] = prev; prev = cur; cur = nx; }
            nxt[tail] = end;
            tail = start;
        }
        StringBuilder sb = new StringBuilder(n * 8);
        for (int c = nxt[n]; c != -1; c = nxt[c]) {
            if (c != nxt[n]) sb.append(' ');
            sb.append(val[c]);
        }
        sb.append('\n');
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(sb);
        pw.flush();
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
