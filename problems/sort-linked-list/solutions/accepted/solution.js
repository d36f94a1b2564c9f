// cut the list after k nodes, return the rest
function split(head, k) {
    for (let i = 1; head !== null && i < k; i++) head = head.next;
    if (head === null) return null;
    const rest = head.next;
    head.next = null;
    return rest;
}

// merge a and b after tail, return the new tail
function merge(a, b, tail) {
    while (a !== null && b !== null) {
        if (b.val < a.val) { tail.next = b; b = b.next; }
        else { tail.next = a; a = a.next; }
        tail = tail.next;
    }
    tail.next = a !== null ? a : b;
    while (tail.next !== null) tail = tail.next;
    return tail;
}

var sortList = function(head) {
    let n = 0;
    for (let p = head; p !== null; p = p.next) n++;
    const dummy = new ListNode(0, head);
    for (let step = 1; step < n; step *= 2) {
        let prev = dummy, cur = dummy.next;
        while (cur !== null) {
            const left = cur;
            const right = split(left, step);
            cur = split(right, step);
            prev = merge(left, right, prev);
        }
    }
    return dummy.next;
};
