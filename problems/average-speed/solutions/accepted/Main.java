import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long totalD = 0, totalT = 0;
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            totalD += Long.parseLong(st.nextToken());
            totalT += Long.parseLong(st.nextToken());
        }
        System.out.printf("%.9f%n", (double) totalD / (double) totalT);
    }
}
