import "sort"

func distinctHandfuls(marbles []int) [][]int {
	sorted := append([]int(nil), marbles...)
	sort.Ints(sorted)
	handfuls := [][]int{{}}
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		value, count := sorted[i], j-i
		extended := make([][]int, 0, len(handfuls)*(count+1))
		for _, base := range handfuls {
			extended = append(extended, base)
			for k := 1; k <= count; k++ {
				h := make([]int, len(base)+k)
				copy(h, base)
				for t := len(base); t < len(h); t++ {
					h[t] = value
				}
				extended = append(extended, h)
			}
		}
		handfuls = extended
		i = j
	}
	return handfuls
}
