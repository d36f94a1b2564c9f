#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int w = m + 2;
    vector<char> grid((size_t)w * (n + 2), '#');
    static char buf[1100];
    int start = -1, end = -1;
    for (int i = 0; i < n; i++) {
        scanf("%s", buf);
        for (int j = 0; j < m; j++) {
            int c = (i + 1) * w + j + 1;
            grid[c] = buf[j];
            if (buf[j] == 'S') start = c;
            if (buf[j] == 'E') end = c;
        }
    }
    vector<int> dist(grid.size(), -1), q(grid.size());
    int head = 0, tail = 0;
    dist[start] = 0;
    q[tail++] = start;
    int steps[4] = {1, -1, w, -w};
    while (head < tail && dist[end] < 0) {
        int c = q[head++];
        for (int s : steps) {
            int nb = c + s;
            if (dist[nb] < 0 && grid[nb] != '#') { dist[nb] = dist[c] + 1; q[tail++] = nb; }
        }
    }
    printf("%d\n", dist[end]);
    return 0;
}
