import (
	"container/heap"
	"strconv"
)

type spendEntry struct {
	total int
	id    string
}

// spendHeap puts the largest total first, then the smallest id.
type spendHeap []spendEntry

func (h spendHeap) Len() int { return len(h) }
func (h spendHeap) Less(i, j int) bool {
	if h[i].total != h[j].total {
		return h[i].total > h[j].total
	}
	return h[i].id < h[j].id
}
func (h spendHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *spendHeap) Push(x interface{}) { *h = append(*h, x.(spendEntry)) }
func (h *spendHeap) Pop() interface{} {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

type Bank struct {
	balance map[string]int
	sent    map[string]int // only accounts that have sent
	heap    spendHeap      // an entry is stale once its total is not sent[id]
}

func Constructor() Bank {
	return Bank{balance: map[string]int{}, sent: map[string]int{}}
}

func (this *Bank) CreateAccount(accountId string) bool {
	if _, ok := this.balance[accountId]; ok {
		return false
	}
	this.balance[accountId] = 0
	return true
}

func (this *Bank) Deposit(accountId string, amount int) int {
	b, ok := this.balance[accountId]
	if !ok {
		return -1
	}
	this.balance[accountId] = b + amount
	return b + amount
}

func (this *Bank) Transfer(fromId string, toId string, amount int) int {
	if fromId == toId {
		return -1
	}
	from, ok1 := this.balance[fromId]
	to, ok2 := this.balance[toId]
	if !ok1 || !ok2 || from < amount {
		return -1
	}
	this.balance[fromId] = from - amount
	this.balance[toId] = to + amount
	total := this.sent[fromId] + amount
	this.sent[fromId] = total
	heap.Push(&this.heap, spendEntry{total, fromId})
	return from - amount
}

func (this *Bank) TopSpenders(n int) []string {
	taken := []spendEntry{}
	for this.heap.Len() > 0 && len(taken) < n {
		e := heap.Pop(&this.heap).(spendEntry)
		if this.sent[e.id] == e.total {
			taken = append(taken, e)
		}
	}
	result := make([]string, 0, len(taken))
	for _, e := range taken {
		result = append(result, e.id+"("+strconv.Itoa(e.total)+")")
		heap.Push(&this.heap, e)
	}
	return result
}
