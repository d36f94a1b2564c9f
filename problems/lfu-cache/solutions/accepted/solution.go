type lfuNode struct {
	key, value, count int
	prev, next        *lfuNode
}

// One circular list per use count, with a sentinel: sentinel.next is the least recently used.
func newLfuList() *lfuNode {
	s := &lfuNode{}
	s.prev, s.next = s, s
	return s
}

type LFUCache struct {
	capacity int
	minCount int
	nodes    map[int]*lfuNode
	lists    map[int]*lfuNode
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, nodes: make(map[int]*lfuNode, capacity), lists: map[int]*lfuNode{}}
}

func lfuUnlink(node *lfuNode) {
	node.prev.next = node.next
	node.next.prev = node.prev
}

func (this *LFUCache) appendNode(node *lfuNode) {
	s, ok := this.lists[node.count]
	if !ok {
		s = newLfuList()
		this.lists[node.count] = s
	}
	node.prev, node.next = s.prev, s
	s.prev.next = node
	s.prev = node
}

func (this *LFUCache) touch(node *lfuNode) {
	lfuUnlink(node)
	s := this.lists[node.count]
	if s.next == s {
		delete(this.lists, node.count)
		if this.minCount == node.count {
			this.minCount++
		}
	}
	node.count++
	this.appendNode(node)
}

func (this *LFUCache) Get(key int) int {
	node, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.touch(node)
	return node.value
}

func (this *LFUCache) Put(key int, value int) {
	if node, ok := this.nodes[key]; ok {
		node.value = value
		this.touch(node)
		return
	}
	if len(this.nodes) == this.capacity {
		s := this.lists[this.minCount]
		victim := s.next
		lfuUnlink(victim)
		if s.next == s {
			delete(this.lists, this.minCount)
		}
		delete(this.nodes, victim.key)
	}
	node := &lfuNode{key: key, value: value, count: 1}
	this.nodes[key] = node
	this.appendNode(node)
	this.minCount = 1
}
