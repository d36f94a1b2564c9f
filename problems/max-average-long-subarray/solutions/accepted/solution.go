// Exact: the average of nums[i..j-1] is the slope between the points (i, P[i])
// and (j, P[j]) of the prefix sums. For each j, the best i <= j - k is where the
// line from (j, P[j]) touches the lower convex hull of the points i <= j - k;
// found by binary search on the hull.
func findMaxAverage(nums []int, k int) float64 {
	n := len(nums)
	P := make([]int, n+1)
	for i, v := range nums {
		P[i+1] = P[i] + v
	}
	cross := func(o, a, b int) int {
		return (a-o)*(P[b]-P[o]) - (P[a]-P[o])*(b-o)
	}
	hull := make([]int, 0, n+1)
	bestNum, bestDen := 0, 0 // bestDen == 0: nothing yet
	for j := k; j <= n; j++ {
		i := j - k
		for len(hull) >= 2 && cross(hull[len(hull)-2], hull[len(hull)-1], i) <= 0 {
			hull = hull[:len(hull)-1]
		}
		hull = append(hull, i)
		lo, hi := 0, len(hull)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if cross(hull[mid], hull[mid+1], j) > 0 {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		num, den := P[j]-P[hull[lo]], j-hull[lo]
		if bestDen == 0 || num*bestDen > bestNum*den {
			bestNum, bestDen = num, den
		}
	}
	return float64(bestNum) / float64(bestDen)
}
