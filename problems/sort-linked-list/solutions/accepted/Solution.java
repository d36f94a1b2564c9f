class Solution {
    // cut the list after k nodes, return the rest
    private static ListNode split(ListNode head, int k) {
        for (int i = 1; head != null && i < k; i++) head = head.next;
        if (head == null) return null;
        ListNode rest = head.next;
        head.next = null;
        return rest;
    }

    // merge a and b after tail, return the new tail
    private static ListNode merge(ListNode a, ListNode b, ListNode tail) {
        while (a != null && b != null) {
            if (b.val < a.val) { tail.next = b; b = b.next; }
            else { tail.next = a; a = a.next; }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        while (tail.next != null) tail = tail.next;
        return tail;
    }

    public ListNode sortList(ListNode head) {
        int n = 0;
        for (ListNode p = head; p != null; p = p.next) n++;
        ListNode dummy = new ListNode(0, head);
        for (int step = 1; step < n; step <<= 1) {
            ListNode prev = dummy, cur = dummy.next;
            while (cur != null) {
                ListNode left = cur;
                ListNode right = split(left, step);
                cur = split(right, step);
                prev = merge(left, right, prev);
            }
        }
        return dummy.next;
    }
}
