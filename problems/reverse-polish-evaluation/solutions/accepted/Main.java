import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long[] stack = new long[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            String tok = st.nextToken();
            char c = tok.charAt(0);
            if (tok.length() == 1 && (c == '+' || c == '-' || c == '*' || c == '/')) {
                long b = stack[--top];
                long a = stack[--top];
                long r;
                if (c == '+') r = a + b;
                else if (c == '-') r = a - b;
                else if (c == '*') r = a * b;
                else r = a / b;  // Java truncates toward zero
                stack[top++] = r;
            } else {
                stack[top++] = Long.parseLong(tok);
            }
        }
        System.out.println(stack[top - 1]);
    }
}
