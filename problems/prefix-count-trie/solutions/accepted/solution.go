type trieNode struct {
	next      [26]int32 // child indices into PrefixTrie.nodes; 0 means none
	pass, end int32     // stored words going through / ending at the node
}

type PrefixTrie struct {
	nodes []trieNode // nodes[0] is the root
}

func Constructor() PrefixTrie {
	return PrefixTrie{nodes: make([]trieNode, 1, 1<<12)}
}

func (this *PrefixTrie) find(s string) int32 {
	node := int32(0)
	for i := 0; i < len(s); i++ {
		node = this.nodes[node].next[s[i]-'a']
		if node == 0 {
			return -1
		}
	}
	return node
}

func (this *PrefixTrie) Insert(word string) {
	node := int32(0)
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		nxt := this.nodes[node].next[c]
		if nxt == 0 {
			nxt = int32(len(this.nodes))
			this.nodes = append(this.nodes, trieNode{})
			this.nodes[node].next[c] = nxt
		}
		node = nxt
		this.nodes[node].pass++
	}
	this.nodes[node].end++
}

func (this *PrefixTrie) CountWord(word string) int {
	if node := this.find(word); node >= 0 {
		return int(this.nodes[node].end)
	}
	return 0
}

func (this *PrefixTrie) CountPrefix(prefix string) int {
	if node := this.find(prefix); node >= 0 {
		return int(this.nodes[node].pass)
	}
	return 0
}

func (this *PrefixTrie) Erase(word string) {
	node := int32(0)
	for i := 0; i < len(word); i++ {
		node = this.nodes[node].next[word[i]-'a']
		this.nodes[node].pass--
	}
	this.nodes[node].end--
}
