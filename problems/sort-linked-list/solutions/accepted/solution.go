// cut the list after k nodes, return the rest
func sortListSplit(head *ListNode, k int) *ListNode {
	for i := 1; head != nil && i < k; i++ {
		head = head.Next
	}
	if head == nil {
		return nil
	}
	rest := head.Next
	head.Next = nil
	return rest
}

// merge a and b after tail, return the new tail
func sortListMerge(a, b, tail *ListNode) *ListNode {
	for a != nil && b != nil {
		if b.Val < a.Val {
			tail.Next = b
			b = b.Next
		} else {
			tail.Next = a
			a = a.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	for tail.Next != nil {
		tail = tail.Next
	}
	return tail
}

func sortList(head *ListNode) *ListNode {
	// Bottom-up merge sort: O(n log n), no recursion, relinks the nodes.
	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	dummy := &ListNode{Next: head}
	for step := 1; step < n; step <<= 1 {
		prev := dummy
		cur := dummy.Next
		for cur != nil {
			left := cur
			right := sortListSplit(left, step)
			cur = sortListSplit(right, step)
			prev = sortListMerge(left, right, prev)
		}
	}
	return dummy.Next
}
