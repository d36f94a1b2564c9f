func shortestToChar(s string, c byte) []int {
	n := len(s)
	d := make([]int, n)
	last := -2 * n
	for i := 0; i < n; i++ {
		if s[i] == c {
			last = i
		}
		d[i] = i - last
	}
	last = 3 * n
	for i := n - 1; i >= 0; i-- {
		if s[i] == c {
			last = i
		}
		if last-i < d[i] {
			d[i] = last - i
		}
	}
	return d
}
