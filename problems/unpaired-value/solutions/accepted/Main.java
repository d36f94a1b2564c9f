import java.io.*;

public class Main {
    static byte[] buf = new byte[1 << 16];
    static int bl = 0, bp = 0;
    static InputStream is = System.in;

    static int rd() throws IOException {
        if (bp == bl) { bl = is.read(buf, 0, buf.length); bp = 0; if (bl <= 0) return -1; }
        return buf[bp++];
    }

    static long nl() throws IOException {
        int c = rd();
        while (c != '-' && (c < '0' || c > '9')) c = rd();
        boolean neg = false;
        if (c == '-') { neg = true; c = rd(); }
        long r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = rd(); }
        return neg ? -r : r;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nl();
        long acc = 0;
        for (int i = 0; i < n; i++) acc ^= nl();
        System.out.println(acc);
    }
}
