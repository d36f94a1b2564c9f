var isPalindrome = function(head) {
    let slow = head, fast = head;
    while (fast.next !== null && fast.next.next !== null) {
        slow = slow.next;
        fast = fast.next.next;
    }
    let prev = null, cur = slow.next;
    while (cur !== null) {
        const nxt = cur.next;
        cur.next = prev;
        prev = cur;
        cur = nxt;
    }
    for (let a = head, b = prev; b !== null; a = a.next, b = b.next)
        if (a.val !== b.val) return false;
    return true;
};
