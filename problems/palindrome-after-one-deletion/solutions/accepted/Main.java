import java.io.*;

public class Main {
    static boolean isPal(String s, int i, int j) {
        while (i < j) {
            if (s.charAt(i) != s.charAt(j)) return false;
            i++; j--;
        }
        return true;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String s = br.readLine().trim();
        int i = 0, j = s.length() - 1;
        while (i < j && s.charAt(i) == s.charAt(j)) { i++; j--; }
        boolean ok = i >= j || isPal(s, i + 1, j) || isPal(s, i, j - 1);
        System.out.println(ok ? "YES" : "NO");
    }
}
