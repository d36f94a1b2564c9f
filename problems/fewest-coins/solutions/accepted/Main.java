import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        st.nextToken(); int n = (int) st.nval;
        st.nextToken(); int t = (int) st.nval;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) { st.nextToken(); c[i] = (int) st.nval; }
        final int INF = Integer.MAX_VALUE / 2;
        int[] best = new int[t + 1];
        Arrays.fill(best, INF);
        best[0] = 0;
        for (int x : c)
            for (int v = x; v <= t; v++)
                if (best[v - x] + 1 < best[v]) best[v] = best[v - x] + 1;
        System.out.println(best[t] >= INF ? -1 : best[t]);
    }
}
