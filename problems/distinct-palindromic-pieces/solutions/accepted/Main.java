import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        char[] s = br.readLine().trim().toCharArray();
        int n = s.length;
        int[][] nxt = new int[n + 2][26];
        int[] len = new int[n + 2], link = new int[n + 2];
        len[0] = -1; link[0] = 0;
        len[1] = 0; link[1] = 0;
        int cnt = 2, last = 1;
        for (int i = 0; i < n; i++) {
            int c = s[i] - 'a';
            int v = last;
            while (true) {
                int j = i - len[v] - 1;
                if (j >= 0 && s[j] == s[i]) break;
                v = link[v];
            }
            if (nxt[v][c] != 0) { last = nxt[v][c]; continue; }
            int w = cnt++;
            len[w] = len[v] + 2;
            if (len[w] == 1) link[w] = 1;
            else {
                int u = link[v];
                while (true) {
                    int j = i - len[u] - 1;
                    if (j >= 0 && s[j] == s[i]) break;
                    u = link[u];
                }
                link[w] = nxt[u][c];
            }
            nxt[v][c] = w;
            last = w;
        }
        System.out.println(cnt - 2);
    }
}
