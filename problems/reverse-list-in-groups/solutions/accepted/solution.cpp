#include <bits/stdc++.h>
using namespace std;
struct Node { int val; Node* next; };
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<Node> pool(n);
    for (int i = 0; i < n; i++) {
        scanf("%d", &pool[i].val);
        pool[i].next = i + 1 < n ? &pool[i + 1] : nullptr;
    }
    Node dummy{0, &pool[0]};
    Node* tail = &dummy;  // last node of the processed part
    while (true) {
        Node* end = tail;
        int cnt = 0;
        while (cnt < k && end->next) { end = end->next; cnt++; }
        if (cnt < k) break;
        Node* start = tail->next;
        Node* after = end->next;
        Node* prev = after;
        Node* cur = start;
        while (cur != after) { Node* nx = cur->next; cur->next = prev; prev = cur; cur = nx; }
        tail->next = end;
        tail = start;
    }
    string out;
    char buf[16];
    for (Node* c = dummy.next; c; c = c->next) {
        if (!out.empty()) out += ' ';
        out.append(buf, snprintf(buf, sizeof buf, "%d", c->val));
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
