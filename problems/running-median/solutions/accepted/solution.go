import "container/heap"

// minHeap of ints; the lower half is stored negated so that it acts as a max-heap.
type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type MedianTracker struct {
	low  *minHeap // the lower half, negated; as many values as high or one more
	high *minHeap // the upper half
}

func Constructor() MedianTracker {
	return MedianTracker{low: &minHeap{}, high: &minHeap{}}
}

func (this *MedianTracker) Add(num int) {
	if this.low.Len() > 0 && num > -(*this.low)[0] {
		heap.Push(this.high, num)
		if this.high.Len() > this.low.Len() {
			heap.Push(this.low, -heap.Pop(this.high).(int))
		}
	} else {
		heap.Push(this.low, -num)
		if this.low.Len() > this.high.Len()+1 {
			heap.Push(this.high, -heap.Pop(this.low).(int))
		}
	}
}

func (this *MedianTracker) Median() float64 {
	if this.low.Len() > this.high.Len() {
		return float64(-(*this.low)[0])
	}
	return float64((*this.high)[0]-(*this.low)[0]) / 2
}
