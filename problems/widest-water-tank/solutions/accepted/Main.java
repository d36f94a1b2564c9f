import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        long[] h = new long[n];
        for (int k = 0; k < n; k++) h[k] = readLong(in);
        int i = 0, j = n - 1;
        long best = 0;
        while (i < j) {
            best = Math.max(best, (long) (j - i) * Math.min(h[i], h[j]));
            if (h[i] < h[j]) i++; else j--;
        }
        System.out.println(best);
    }

    static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = false;
        if (c == '-') { neg = true; c = in.read(); }
        long r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = in.read(); }
        return neg ? -r : r;
    }
}
