func countSubarraysBelow(nums []int, k int) int {
	// Sliding window: the product of the window stays below k (so below 10^12 after one
	// more factor, no overflow in a 64-bit int).
	if k <= 1 {
		return 0
	}
	count, product, left := 0, 1, 0
	for right, x := range nums {
		product *= x
		for product >= k {
			product /= nums[left]
			left++
		}
		count += right - left + 1
	}
	return count
}
