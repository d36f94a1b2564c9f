import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = br.readLine().trim();
        String t = br.readLine().trim();
        int n = s.length();
        int[] need = new int[128];
        boolean[] inT = new boolean[128];
        for (int i = 0; i < t.length(); i++) {
            need[t.charAt(i)]++;
            inT[t.charAt(i)] = true;
        }
        int missing = t.length();
        int left = 0, bestLen = n + 1, bestStart = -1;
        for (int right = 0; right < n; right++) {
            char c = s.charAt(right);
            if (inT[c]) {
                if (need[c] > 0) missing--;
                need[c]--;
            }
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char d = s.charAt(left);
                if (inT[d]) {
                    need[d]++;
                    if (need[d] > 0) missing++;
                }
                left++;
            }
        }
        if (bestStart < 0) System.out.println(-1);
        else System.out.println((bestStart + 1) + " " + bestLen);
    }
}
