func containsNearbyDuplicate(nums []int, k int) bool {
	last := make(map[int]int, len(nums))
	for j, v := range nums {
		if i, ok := last[v]; ok && j-i <= k {
			return true
		}
		last[v] = j
	}
	return false
}
