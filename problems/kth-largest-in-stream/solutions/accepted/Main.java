import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), k = readInt(in);
        // binary min-heap of the k largest scores
        int[] heap = new int[k + 1];
        int size = 0;
        StringBuilder sb = new StringBuilder(n * 11);
        for (int i = 0; i < n; i++) {
            int x = readInt(in);
            if (size < k) {
                int j = size++;
                heap[j] = x;
                while (j > 0 && heap[(j - 1) / 2] > heap[j]) {
                    int p = (j - 1) / 2, t = heap[p]; heap[p] = heap[j]; heap[j] = t; j = p;
                }
            } else if (x > heap[0]) {
                heap[0] = x;
                int j = 0;
                while (true) {
                    int l = 2 * j + 1, r = l + 1, s = j;
                    if (l < size && heap[l] < heap[s]) s = l;
                    if (r < size && heap[r] < heap[s]) s = r;
                    if (s == j) break;
                    int t = heap[s]; heap[s] = heap[j]; heap[j] = t; j = s;
                }
            }
            if (i > 0) sb.append(' ');
            sb.append(size == k ? heap[0] : -1);
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
