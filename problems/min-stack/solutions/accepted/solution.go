type MinStack struct {
	items []int
	mins  []int // mins[i]: the smallest of items[0..i]
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	m := val
	if n := len(this.mins); n > 0 && this.mins[n-1] < m {
		m = this.mins[n-1]
	}
	this.items = append(this.items, val)
	this.mins = append(this.mins, m)
}

func (this *MinStack) Pop() {
	this.items = this.items[:len(this.items)-1]
	this.mins = this.mins[:len(this.mins)-1]
}

func (this *MinStack) Top() int {
	return this.items[len(this.items)-1]
}

func (this *MinStack) GetMin() int {
	return this.mins[len(this.mins)-1]
}
