import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int m = Integer.parseInt(st.nextToken());
        int w = m + 2;
        boolean[] land = new boolean[w * (n + 2)];
        for (int i = 0; i < n; i++) {
            String row = br.readLine().trim();
            for (int j = 0; j < m; j++) land[(i + 1) * w + j + 1] = row.charAt(j) == '#';
        }
        int[] stack = new int[w * (n + 2)];
        int[] steps = {1, -1, w, -w};
        int islands = 0;
        for (int s = 0; s < land.length; s++) {
            if (!land[s]) continue;
            islands++;
            land[s] = false;
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                int c = stack[--top];
                for (int d : steps) {
                    int nb = c + d;
                    if (land[nb]) { land[nb] = false; stack[top++] = nb; }
                }
            }
        }
        System.out.println(islands);
    }
}
