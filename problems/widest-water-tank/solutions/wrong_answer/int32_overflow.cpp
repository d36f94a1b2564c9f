// Correct two-pointer idea, but multiplies in 32-bit arithmetic.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    scanf("%d", &n);
    vector<int> h(n);
    for (auto &x : h) scanf("%d", &x);
    int i = 0, j = n - 1;
    int best = 0;
    while (i < j) {
        best = max(best, (j - i) * min(h[i], h[j]));
        if (h[i] < h[j]) i++; else j--;
    }
    printf("%d\n", best);
}
