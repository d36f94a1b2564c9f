# @param {Integer[][]} mySlots
# @param {Integer[][]} yourSlots
# @return {Integer[][]}
def shared_free_time(mySlots, yourSlots)
  result = []
  i = j = 0
  while i < mySlots.length && j < yourSlots.length
    a_start, a_end = mySlots[i]
    b_start, b_end = yourSlots[j]
    lo = a_start > b_start ? a_start : b_start
    hi = a_end < b_end ? a_end : b_end
    result << [lo, hi] if lo <= hi
    # the slot that ends first cannot meet anything later in the other list
    if a_end < b_end
      i += 1
    else
      j += 1
    end
  end
  result
end
