func sharedFreeTime(mySlots [][]int, yourSlots [][]int) [][]int {
	result := [][]int{}
	i, j := 0, 0
	for i < len(mySlots) && j < len(yourSlots) {
		lo, hi := mySlots[i][0], mySlots[i][1]
		if yourSlots[j][0] > lo {
			lo = yourSlots[j][0]
		}
		if yourSlots[j][1] < hi {
			hi = yourSlots[j][1]
		}
		if lo <= hi {
			result = append(result, []int{lo, hi})
		}
		if mySlots[i][1] < yourSlots[j][1] {
			i++
		} else {
			j++
		}
	}
	return result
}
