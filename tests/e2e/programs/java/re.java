import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        long[] v = new long[1];
        System.out.println(v[v.length] + a + b);  // ArrayIndexOutOfBoundsException
    }
}
