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
        HashMap<Integer, Integer> last = new HashMap<>(2 * n + 16);
        int left = 0, bestLen = 0, bestStart = 0;
        for (int i = 0; i < n; i++) {
            int x = readInt();
            Integer p = last.put(x, i);
            if (p != null && p >= left) left = p + 1;
            if (i - left + 1 > bestLen) {
                bestLen = i - left + 1;
                bestStart = left;
            }
        }
        System.out.println(bestLen + " " + (bestStart + 1));
    }
}
