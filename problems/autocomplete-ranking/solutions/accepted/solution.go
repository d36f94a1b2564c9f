type acNode struct {
	kids map[byte]*acNode
	top  []string // the best sentences below, best first
}

type Autocomplete struct {
	count map[string]int
	root  *acNode
}

func Constructor() Autocomplete {
	return Autocomplete{count: map[string]int{}, root: &acNode{kids: map[byte]*acNode{}}}
}

func (this *Autocomplete) better(a string, ca int, b string) bool {
	cb := this.count[b]
	return ca > cb || (ca == cb && a < b)
}

func (this *Autocomplete) Record(sentence string) {
	this.count[sentence]++
	c := this.count[sentence]
	node := this.root
	for k := 0; k < len(sentence); k++ {
		next := node.kids[sentence[k]]
		if next == nil {
			next = &acNode{kids: map[byte]*acNode{}}
			node.kids[sentence[k]] = next
		}
		node = next
		i := -1
		for j, s := range node.top {
			if s == sentence {
				i = j
				break
			}
		}
		if i < 0 {
			if len(node.top) < 3 {
				node.top = append(node.top, sentence)
				i = len(node.top) - 1
			} else if this.better(sentence, c, node.top[2]) {
				node.top[2] = sentence
				i = 2
			} else {
				continue
			}
		}
		for i > 0 && this.better(sentence, c, node.top[i-1]) {
			node.top[i], node.top[i-1] = node.top[i-1], sentence
			i--
		}
	}
}

func (this *Autocomplete) Suggest(prefix string) []string {
	node := this.root
	for k := 0; k < len(prefix); k++ {
		node = node.kids[prefix[k]]
		if node == nil {
			return []string{}
		}
	}
	return append([]string{}, node.top...)
}
