# @param {ListNode} head
# @param {Integer} n
# @return {ListNode}
def remove_nth_from_end(head, n)
  dummy = ListNode.new(0, head)
  fast = slow = dummy
  n.times { fast = fast.next }
  until fast.next.nil?
    fast = fast.next
    slow = slow.next
  end
  slow.next = slow.next.next
  dummy.next
end
