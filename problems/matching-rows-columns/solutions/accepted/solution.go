func equalPairs(grid [][]int) int {
	// Rows and columns are grouped by a 64-bit polynomial hash, then compared exactly.
	n := len(grid)
	const base = 1000003
	hash := func(get func(i int) int) uint64 {
		h := uint64(1469598103934665603)
		for i := 0; i < n; i++ {
			h = h*base + uint64(get(i))
		}
		return h
	}
	rows := make(map[uint64][]int, n) // hash -> indices of distinct rows
	counts := make([]int, n)          // counts[r]: how many rows equal row r (r the first of them)
	for r := 0; r < n; r++ {
		row := grid[r]
		h := hash(func(i int) int { return row[i] })
		found := false
		for _, q := range rows[h] {
			same := true
			for i := 0; i < n; i++ {
				if grid[q][i] != row[i] {
					same = false
					break
				}
			}
			if same {
				counts[q]++
				found = true
				break
			}
		}
		if !found {
			rows[h] = append(rows[h], r)
			counts[r] = 1
		}
	}
	pairs := 0
	for c := 0; c < n; c++ {
		h := hash(func(i int) int { return grid[i][c] })
		for _, q := range rows[h] {
			same := true
			for i := 0; i < n; i++ {
				if grid[q][i] != grid[i][c] {
					same = false
					break
				}
			}
			if same {
				pairs += counts[q]
				break
			}
		}
	}
	return pairs
}
