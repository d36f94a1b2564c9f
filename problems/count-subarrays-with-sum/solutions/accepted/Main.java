import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;

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
        long k = readLong();
        HashMap<Long, Integer> seen = new HashMap<>(4 * n + 16);
        seen.put(0L, 1);
        long s = 0, total = 0;
        for (int i = 0; i < n; i++) {
            s += readLong();
            Integer c = seen.get(s - k);
            if (c != null) total += c;
            seen.merge(s, 1, Integer::sum);
        }
        System.out.println(total);
    }
}
