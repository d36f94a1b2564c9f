func groupAnagrams(words []string) [][]string {
	index := make(map[[26]byte]int, len(words))
	groups := [][]string{}
	for _, word := range words {
		var key [26]byte
		for i := 0; i < len(word); i++ {
			key[word[i]-'a']++
		}
		if g, ok := index[key]; ok {
			groups[g] = append(groups[g], word)
		} else {
			index[key] = len(groups)
			groups = append(groups, []string{word})
		}
	}
	return groups
}
