func shortestWordChain(start string, target string, dictionary []string) int {
	// BFS over words. Words one change apart share a pattern (the word with one letter
	// replaced by '*'); each pattern's bucket is scanned once, then dropped.
	length := len(start)
	buckets := make(map[string][]int, len(dictionary)*length)
	pattern := make([]byte, length)
	for w, word := range dictionary {
		copy(pattern, word)
		for i := 0; i < length; i++ {
			saved := pattern[i]
			pattern[i] = '*'
			key := string(pattern)
			buckets[key] = append(buckets[key], w)
			pattern[i] = saved
		}
	}
	seen := make([]bool, len(dictionary))
	type item struct {
		word     string
		distance int
	}
	queue := []item{{start, 0}}
	for head := 0; head < len(queue); head++ {
		word, d := queue[head].word, queue[head].distance+1
		copy(pattern, word)
		for i := 0; i < length; i++ {
			saved := pattern[i]
			pattern[i] = '*'
			key := string(pattern)
			pattern[i] = saved
			bucket, ok := buckets[key]
			if !ok {
				continue
			}
			for _, w := range bucket {
				if seen[w] {
					continue
				}
				other := dictionary[w]
				if other == word {
					// start itself is in the dictionary: not a change
					seen[w] = true
					continue
				}
				if other == target {
					return d
				}
				seen[w] = true
				queue = append(queue, item{other, d})
			}
			delete(buckets, key)
		}
	}
	return -1
}
