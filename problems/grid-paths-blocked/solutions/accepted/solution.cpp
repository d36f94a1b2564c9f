#include <bits/stdc++.h>
using namespace std;
int main() {
    int r, c;
    if (scanf("%d %d", &r, &c) != 2) return 0;
    const int MOD = 1000000007;
    vector<int> ways(c, 0);
    ways[0] = 1;
    static char row[1105];
    for (int i = 0; i < r; i++) {
        scanf("%s", row);
        for (int j = 0; j < c; j++) {
            if (row[j] == '#') ways[j] = 0;
            else if (j > 0) { ways[j] += ways[j - 1]; if (ways[j] >= MOD) ways[j] -= MOD; }
        }
    }
    printf("%d\n", ways[c - 1]);
}
