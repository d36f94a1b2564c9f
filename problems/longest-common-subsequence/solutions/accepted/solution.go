func longestCommonSubsequence(draft string, revision string) int {
	m := len(revision)
	prev := make([]int32, m+1)
	cur := make([]int32, m+1)
	for i := 0; i < len(draft); i++ {
		ch := draft[i]
		cur[0] = 0
		for j := 0; j < m; j++ {
			if ch == revision[j] {
				cur[j+1] = prev[j] + 1
			} else if prev[j+1] > cur[j] {
				cur[j+1] = prev[j+1]
			} else {
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[m])
}
