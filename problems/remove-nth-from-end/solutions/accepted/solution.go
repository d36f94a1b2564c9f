func removeNthFromEnd(head *ListNode, n int) *ListNode {
	// One pass: `fast` runs n nodes ahead of `slow`; a dummy node handles removing the head.
	dummy := &ListNode{Next: head}
	fast, slow := dummy, dummy
	for i := 0; i < n; i++ {
		fast = fast.Next
	}
	for fast.Next != nil {
		fast = fast.Next
		slow = slow.Next
	}
	slow.Next = slow.Next.Next
	return dummy.Next
}
