func minutesUntilSpoiled(crate [][]byte) int {
	// Multi-source BFS from every mouldy fruit.
	rows, cols := len(crate), len(crate[0])
	time := make([]int, rows*cols)
	queue := make([]int, 0, rows*cols)
	fresh := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			time[r*cols+c] = -1
			if crate[r][c] == 'M' {
				time[r*cols+c] = 0
				queue = append(queue, r*cols+c)
			} else if crate[r][c] == 'F' {
				fresh++
			}
		}
	}
	last := 0
	dr := [4]int{-1, 1, 0, 0}
	dc := [4]int{0, 0, -1, 1}
	for head := 0; head < len(queue); head++ {
		r, c := queue[head]/cols, queue[head]%cols
		t := time[queue[head]] + 1
		for k := 0; k < 4; k++ {
			nr, nc := r+dr[k], c+dc[k]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
				continue
			}
			id := nr*cols + nc
			if crate[nr][nc] == 'F' && time[id] < 0 {
				time[id] = t
				fresh--
				last = t
				queue = append(queue, id)
			}
		}
	}
	if fresh > 0 {
		return -1
	}
	return last
}
