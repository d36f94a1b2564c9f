#include <iostream>
#include <vector>

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::vector<long long> v(1);
    std::cout << v.at(v.size()) + a + b << "\n";  // throws std::out_of_range -> abort
    return 0;
}
