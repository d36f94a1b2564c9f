func totalBitDifferences(codes []int) int {
	// For each bit, every pair of a code with the bit set and one without differs there.
	var ones [31]int
	for _, c := range codes {
		for bit := 0; bit < 31; bit++ {
			ones[bit] += (c >> bit) & 1
		}
	}
	n, total := len(codes), 0
	for _, o := range ones {
		total += o * (n - o)
	}
	return total
}
