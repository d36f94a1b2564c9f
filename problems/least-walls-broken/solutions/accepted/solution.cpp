#include <cstdio>
#include <deque>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int w = m + 2;
    vector<char> grid((size_t)w * (n + 2), '@');
    static char buf[1000];
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
    const int INF = 1 << 30;
    vector<int> dist(grid.size(), INF);
    deque<int> dq;
    dist[start] = 0;
    dq.push_back(start);
    int steps[4] = {1, -1, w, -w};
    while (!dq.empty()) {
        int c = dq.front();
        dq.pop_front();
        for (int s : steps) {
            int nb = c + s;
            if (grid[nb] == '@') continue;
            int cost = grid[nb] == '#' ? 1 : 0;
            if (dist[c] + cost < dist[nb]) {
                dist[nb] = dist[c] + cost;
                if (cost) dq.push_back(nb);
                else dq.push_front(nb);
            }
        }
    }
    printf("%d\n", dist[end] == INF ? -1 : dist[end]);
    return 0;
}
