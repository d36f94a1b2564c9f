import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        String s = "";
        if (n > 0) {
            String line = br.readLine();
            s = line == null ? "" : line.trim();
        }
        char[] st = new char[s.length() + 1];
        int top = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                st[top++] = c;
            } else {
                char want = c == ')' ? '(' : (c == ']' ? '[' : '{');
                if (top == 0 || st[top - 1] != want) {
                    System.out.println("NO");
                    return;
                }
                top--;
            }
        }
        System.out.println(top == 0 ? "YES" : "NO");
    }
}
