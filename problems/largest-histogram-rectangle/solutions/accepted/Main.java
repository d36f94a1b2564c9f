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

    private static long readLong() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = readByte();
        boolean negative = c == '-';
        if (negative) c = readByte();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = readByte();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) readLong();
        long[] h = new long[n + 1];
        for (int i = 0; i < n; i++) h[i] = readLong();
        int[] st = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            while (top > 0 && h[st[top - 1]] >= h[i]) {
                int j = st[--top];
                int left = top == 0 ? 0 : st[top - 1] + 1;
                best = Math.max(best, h[j] * (long) (i - left));
            }
            st[top++] = i;
        }
        System.out.println(best);
    }
}
