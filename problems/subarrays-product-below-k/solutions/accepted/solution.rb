# @param {Integer[]} nums
# @param {Integer} k
# @return {Integer}
def count_subarrays_below(nums, k)
  return 0 if k <= 1
  count = 0
  product = 1
  left = 0
  nums.each_with_index do |x, right|
    product *= x
    while product >= k
      product /= nums[left]
      left += 1
    end
    count += right - left + 1
  end
  count
end
