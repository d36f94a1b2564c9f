import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int readByte() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static int readInt() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = readByte();
        boolean negative = c == '-';
        if (negative) c = readByte();
        int value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = readByte();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = readInt();
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = readInt();
        int[] ans = new int[n];
        int[] st = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && t[st[top - 1]] < t[i]) {
                int j = st[--top];
                ans[j] = i - j;
            }
            st[top++] = i;
        }
        StringBuilder sb = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(ans[i]);
        }
        sb.append('\n');
        System.out.print(sb);
    }
}
