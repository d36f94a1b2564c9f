class Solution {
    // cut the list after k nodes, return the rest
    static ListNode* split(ListNode* head, int k) {
        for (int i = 1; head != nullptr && i < k; i++) head = head->next;
        if (head == nullptr) return nullptr;
        ListNode* rest = head->next;
        head->next = nullptr;
        return rest;
    }
    // merge a and b after tail, return the new tail
    static ListNode* merge(ListNode* a, ListNode* b, ListNode* tail) {
        while (a != nullptr && b != nullptr) {
            if (b->val < a->val) { tail->next = b; b = b->next; }
            else { tail->next = a; a = a->next; }
            tail = tail->next;
        }
        tail->next = a != nullptr ? a : b;
        while (tail->next != nullptr) tail = tail->next;
        return tail;
    }
public:
    ListNode* sortList(ListNode* head) {
        int n = 0;
        for (ListNode* p = head; p != nullptr; p = p->next) n++;
        ListNode dummy(0, head);
        for (int step = 1; step < n; step <<= 1) {
            ListNode* prev = &dummy;
            ListNode* cur = dummy.next;
            while (cur != nullptr) {
                ListNode* left = cur;
                ListNode* right = split(left, step);
                cur = split(right, step);
                prev = merge(left, right, prev);
            }
        }
        return dummy.next;
    }
};
