# @param {ListNode} head
# @return {ListNode}
def sort_list(head)
  # collect the nodes, sort them by value (O(n log n)) and re-link them
  nodes = []
  until head.nil?
    nodes << head
    head = head.next
  end
  nodes.sort_by!(&:val)
  dummy = tail = ListNode.new
  nodes.each do |node|
    tail.next = node
    tail = node
  end
  tail.next = nil
  dummy.next
end
