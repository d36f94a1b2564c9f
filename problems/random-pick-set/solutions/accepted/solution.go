import (
	"math/rand"
	"time"
)

type RandomizedSet struct {
	items []int       // the elements, in no particular order
	where map[int]int // value -> its index in items
	rng   *rand.Rand
}

func Constructor() RandomizedSet {
	return RandomizedSet{where: make(map[int]int), rng: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (this *RandomizedSet) Insert(val int) bool {
	if _, ok := this.where[val]; ok {
		return false
	}
	this.where[val] = len(this.items)
	this.items = append(this.items, val)
	return true
}

func (this *RandomizedSet) Remove(val int) bool {
	index, ok := this.where[val]
	if !ok {
		return false
	}
	delete(this.where, val)
	n := len(this.items) - 1
	last := this.items[n]
	this.items = this.items[:n]
	if index < n { // val was not the last element: move the last one into its slot
		this.items[index] = last
		this.where[last] = index
	}
	return true
}

func (this *RandomizedSet) GetRandom() int {
	return this.items[this.rng.Intn(len(this.items))]
}
