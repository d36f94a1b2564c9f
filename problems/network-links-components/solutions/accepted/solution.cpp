#include <cstdio>
#include <numeric>
#include <vector>
using namespace std;

vector<int> parent_, size_;

int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(n + 1, 1);
    int comps = n;
    vector<char> out;
    out.reserve((size_t)q * 8);
    char tmp[16];
    for (int i = 0; i < q; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        a = find(a);
        b = find(b);
        if (a != b) {
            if (size_[a] < size_[b]) swap(a, b);
            parent_[b] = a;
            size_[a] += size_[b];
            comps--;
        }
        int len = snprintf(tmp, sizeof tmp, "%d\n", comps);
        out.insert(out.end(), tmp, tmp + len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
