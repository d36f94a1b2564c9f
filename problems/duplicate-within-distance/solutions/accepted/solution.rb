# @param {Integer[]} nums
# @param {Integer} k
# @return {Boolean}
def contains_nearby_duplicate(nums, k)
  last = {}
  nums.each_with_index do |x, j|
    i = last[x]
    return true if i && j - i <= k
    last[x] = j
  end
  false
end
