# @param {ListNode} head
# @return {Boolean}
def is_palindrome(head)
  # find the end of the first half
  slow = fast = head
  while !fast.next.nil? && !fast.next.next.nil?
    slow = slow.next
    fast = fast.next.next
  end
  # reverse the second half in place
  prev = nil
  cur = slow.next
  until cur.nil?
    nxt = cur.next
    cur.next = prev
    prev = cur
    cur = nxt
  end
  a = head
  b = prev
  until b.nil?
    return false if a.val != b.val
    a = a.next
    b = b.next
  end
  true
end
