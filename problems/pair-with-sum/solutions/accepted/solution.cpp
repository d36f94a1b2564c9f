#include <cstdio>
#include <unordered_map>
#include <vector>

int main() {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    std::vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    std::unordered_map<long long, int> first_index;
    first_index.reserve(2 * n);
    for (int j = 0; j < n; j++) {
        auto it = first_index.find(target - a[j]);
        if (it != first_index.end()) {
            printf("%d %d\n", it->second + 1, j + 1);
            return 0;
        }
        first_index.emplace(a[j], j);  // keeps the first occurrence
    }
    printf("-1\n");
    return 0;
}
