# @param {ListNode} l1
# @param {ListNode} l2
# @return {ListNode}
def add_two_numbers(l1, l2)
  dummy = tail = ListNode.new
  carry = 0
  while l1 || l2 || carry > 0
    total = carry
    if l1
      total += l1.val
      l1 = l1.next
    end
    if l2
      total += l2.val
      l2 = l2.next
    end
    carry, digit = total.divmod(10)
    tail.next = ListNode.new(digit)
    tail = tail.next
  end
  dummy.next
end
