#include <bits/stdc++.h>
using namespace std;

int main() {
    static char buf1[200005], buf2[200005];
    if (scanf("%200000s %200000s", buf1, buf2) != 2) return 0;
    string s(buf1), t(buf2);
    int n = s.size();
    int need[128] = {0};
    bool inT[128] = {false};
    for (char c : t) { need[(int)c]++; inT[(int)c] = true; }
    int missing = t.size();
    int left = 0, bestLen = n + 1, bestStart = -1;
    for (int right = 0; right < n; right++) {
        int c = s[right];
        if (inT[c]) {
            if (need[c] > 0) missing--;
            need[c]--;
        }
        while (missing == 0) {
            if (right - left + 1 < bestLen) {
                bestLen = right - left + 1;
                bestStart = left;
            }
            int d = s[left];
            if (inT[d]) {
                need[d]++;
                if (need[d] > 0) missing++;
            }
            left++;
        }
    }
    if (bestStart < 0) printf("-1\n");
    else printf("%d %d\n", bestStart + 1, bestLen);
    return 0;
}
