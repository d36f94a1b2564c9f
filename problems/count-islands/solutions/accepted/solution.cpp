#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int w = m + 2;
    vector<char> land((size_t)w * (n + 2), 0);
    static char buf[1024];
    for (int i = 0; i < n; i++) {
        scanf("%s", buf);
        for (int j = 0; j < m; j++) land[(size_t)(i + 1) * w + j + 1] = buf[j] == '#';
    }
    int islands = 0;
    int steps[4] = {1, -1, w, -w};
    vector<int> stack;
    for (int s = 0; s < (int)land.size(); s++) {
        if (!land[s]) continue;
        islands++;
        land[s] = 0;
        stack.push_back(s);
        while (!stack.empty()) {
            int c = stack.back();
            stack.pop_back();
            for (int d : steps) {
                int nb = c + d;
                if (land[nb]) { land[nb] = 0; stack.push_back(nb); }
            }
        }
    }
    printf("%d\n", islands);
    return 0;
}
