import "sort"

func canFormRuns(cards []int, runLength int) bool {
	if len(cards)%runLength != 0 {
		return false
	}
	sorted := append([]int(nil), cards...)
	sort.Ints(sorted)
	values := []int{}
	amount := []int{}
	for _, v := range sorted {
		if len(values) == 0 || values[len(values)-1] != v {
			values = append(values, v)
			amount = append(amount, 0)
		}
		amount[len(amount)-1]++
	}
	n := len(values)
	for i := 0; i < n; i++ {
		need := amount[i]
		if need == 0 {
			continue
		}
		if i+runLength > n || values[i+runLength-1]-values[i] != runLength-1 {
			return false
		}
		for j := i; j < i+runLength; j++ {
			if amount[j] < need {
				return false
			}
			amount[j] -= need
		}
	}
	return true
}
