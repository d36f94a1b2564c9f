import java.util.Scanner;

public class Main {
    static volatile long counter = 0;

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        while (counter >= 0) counter++;  // effectively forever
        System.out.println(a + b);
    }
}
