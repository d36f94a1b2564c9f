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
        int k = (int) readLong();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = readLong();
        int[] dq = new int[n];
        int head = 0, tail = 0;
        StringBuilder sb = new StringBuilder(n * 12);
        boolean first = true;
        for (int i = 0; i < n; i++) {
            while (tail > head && a[dq[tail - 1]] <= a[i]) tail--;
            dq[tail++] = i;
            if (dq[head] <= i - k) head++;
            if (i >= k - 1) {
                if (!first) sb.append(' ');
                first = false;
                sb.append(a[dq[head]]);
            }
        }
        sb.append('\n');
        System.out.print(sb);
    }
}
