#include <bits/stdc++.h>
using namespace std;
int n, full;
vector<int> freeMask;
long long place(int row, int cols, int d1, int d2) {
    if (row == n) return 1;
    int avail = freeMask[row] & ~(cols | d1 | d2) & full;
    long long total = 0;
    while (avail) {
        int bit = avail & -avail;
        avail ^= bit;
        total += place(row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return total;
}
int main() {
    cin >> n;
    full = (1 << n) - 1;
    freeMask.assign(n, 0);
    for (int r = 0; r < n; r++) {
        string s;
        cin >> s;
        for (int c = 0; c < n; c++)
            if (s[c] == '.') freeMask[r] |= 1 << c;
    }
    cout << place(0, 0, 0, 0) << "\n";
}
