# @param {ListNode} head
# @return {ListNode}
def reorder_list(head)
  # the first half keeps ceil(n / 2) nodes
  slow = fast = head
  while !fast.next.nil? && !fast.next.next.nil?
    slow = slow.next
    fast = fast.next.next
  end
  second = slow.next
  slow.next = nil
  prev = nil
  until second.nil?
    nxt = second.next
    second.next = prev
    prev = second
    second = nxt
  end
  first = head
  second = prev
  until second.nil?
    n1 = first.next
    n2 = second.next
    first.next = second
    second.next = n1
    first = n1
    second = n2
  end
  head
end
