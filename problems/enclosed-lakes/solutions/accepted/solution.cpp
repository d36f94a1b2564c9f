#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    int W = m + 2, H = n + 2;
    vector<char> open(W * H, 1), seen(W * H, 0);
    static char buf[1024];
    for (int i = 0; i < n; i++) {
        scanf("%s", buf);
        for (int j = 0; j < m; j++) open[(i + 1) * W + j + 1] = buf[j] == '.';
    }
    int steps[4] = {1, -1, W, -W};
    vector<int> st;
    auto flood = [&](int s) {
        seen[s] = 1;
        st.push_back(s);
        while (!st.empty()) {
            int c = st.back(); st.pop_back();
            for (int d : steps) {
                int x = c + d;
                if (x >= 0 && x < W * H && open[x] && !seen[x]) { seen[x] = 1; st.push_back(x); }
            }
        }
    };
    flood(0);
    int lakes = 0;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) {
            int c = i * W + j;
            if (open[c] && !seen[c]) { lakes++; flood(c); }
        }
    printf("%d\n", lakes);
}
