#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> a(n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    // compress values so "last position" is a plain array
    vector<int> v(a);
    sort(v.begin(), v.end());
    v.erase(unique(v.begin(), v.end()), v.end());
    vector<int> last(v.size(), -1);
    int left = 0, bestLen = 0, bestStart = 0;
    for (int i = 0; i < n; i++) {
        int id = lower_bound(v.begin(), v.end(), a[i]) - v.begin();
        if (last[id] >= left) left = last[id] + 1;
        last[id] = i;
        if (i - left + 1 > bestLen) {
            bestLen = i - left + 1;
            bestStart = left;
        }
    }
    printf("%d %d\n", bestLen, bestStart + 1);
    return 0;
}
