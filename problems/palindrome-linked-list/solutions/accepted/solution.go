func isPalindrome(head *ListNode) bool {
	// Find the middle, reverse the second half in place, compare the halves.
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	var prev *ListNode
	cur := slow.Next
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	for a, b := head, prev; b != nil; a, b = a.Next, b.Next {
		if a.Val != b.Val {
			return false
		}
	}
	return true
}
