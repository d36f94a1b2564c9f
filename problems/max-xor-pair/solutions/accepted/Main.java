import java.io.*;

public class Main {
    static byte[] buf = new byte[1 << 16];
    static int bl = 0, bp = 0;
    static InputStream is = System.in;

    static int rd() throws IOException {
        if (bp == bl) { bl = is.read(buf, 0, buf.length); bp = 0; if (bl <= 0) return -1; }
        return buf[bp++];
    }

    static int ni() throws IOException {
        int c = rd();
        while (c < '0' || c > '9') c = rd();
        int r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = rd(); }
        return r;
    }

    public static void main(String[] args) throws IOException {
        int n = ni();
        int[] zero = new int[n * 30 + 2], one = new int[n * 30 + 2];
        int cnt = 1, best = 0;
        for (int i = 0; i < n; i++) {
            int x = ni();
            if (i > 0) {
                int node = 0, cur = 0;
                for (int b = 29; b >= 0; b--) {
                    int bit = (x >> b) & 1;
                    int want = bit == 1 ? zero[node] : one[node];
                    if (want != 0) { cur |= 1 << b; node = want; }
                    else node = bit == 1 ? one[node] : zero[node];
                }
                if (cur > best) best = cur;
            }
            int node = 0;
            for (int b = 29; b >= 0; b--) {
                if (((x >> b) & 1) == 1) {
                    if (one[node] == 0) one[node] = cnt++;
                    node = one[node];
                } else {
                    if (zero[node] == 0) zero[node] = cnt++;
                    node = zero[node];
                }
            }
        }
        System.out.println(best);
    }
}
