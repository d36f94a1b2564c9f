type lruNode struct {
	key, value int
	prev, next *lruNode
}

type LRUCache struct {
	capacity int
	nodes    map[int]*lruNode
	head     *lruNode // head.next: most recently used; head.prev: least recently used
}

func Constructor(capacity int) LRUCache {
	head := &lruNode{}
	head.prev, head.next = head, head
	return LRUCache{capacity: capacity, nodes: make(map[int]*lruNode, capacity), head: head}
}

func (this *LRUCache) unlink(node *lruNode) {
	node.prev.next = node.next
	node.next.prev = node.prev
}

func (this *LRUCache) pushFront(node *lruNode) {
	node.prev, node.next = this.head, this.head.next
	this.head.next.prev = node
	this.head.next = node
}

func (this *LRUCache) Get(key int) int {
	node, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(node)
	this.pushFront(node)
	return node.value
}

func (this *LRUCache) Put(key int, value int) {
	if node, ok := this.nodes[key]; ok {
		node.value = value
		this.unlink(node)
		this.pushFront(node)
		return
	}
	if len(this.nodes) == this.capacity {
		last := this.head.prev
		this.unlink(last)
		delete(this.nodes, last.key)
	}
	node := &lruNode{key: key, value: value}
	this.nodes[key] = node
	this.pushFront(node)
}
