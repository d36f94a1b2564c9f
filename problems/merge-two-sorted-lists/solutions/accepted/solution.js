var mergeTwoLists = function(list1, list2) {
    const dummy = new ListNode(0, null);
    let tail = dummy;
    while (list1 !== null && list2 !== null) {
        if (list2.val < list1.val) {
            tail.next = list2;
            list2 = list2.next;
        } else {
            tail.next = list1;
            list1 = list1.next;
        }
        tail = tail.next;
    }
    tail.next = list1 !== null ? list1 : list2;
    return dummy.next;
};
