#include <iostream>

int main() {
    long long a, b;
    std::cin >> a >> b;
    volatile unsigned long long x = 0;
    while (true) x = x + 1;  // volatile: the optimizer cannot remove the loop
    std::cout << a + b << "\n";
    return 0;
}
