import java.io.*;

public class Main {
    static int n, full;
    static int[] freeMask;

    static long place(int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int avail = freeMask[row] & ~(cols | d1 | d2) & full;
        long total = 0;
        while (avail != 0) {
            int bit = avail & -avail;
            avail ^= bit;
            total += place(row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
        }
        return total;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        n = Integer.parseInt(br.readLine().trim());
        full = (1 << n) - 1;
        freeMask = new int[n];
        for (int r = 0; r < n; r++) {
            String s = br.readLine().trim();
            for (int c = 0; c < n; c++)
                if (s.charAt(c) == '.') freeMask[r] |= 1 << c;
        }
        System.out.println(place(0, 0, 0, 0));
    }
}
