type HitCounter struct {
	seconds []int // a queue of seconds, oldest first, from index head on
	counts  []int // hits in each of those seconds
	head    int
	total   int
}

func Constructor() HitCounter {
	return HitCounter{}
}

func (this *HitCounter) expire(timestamp int) {
	for this.head < len(this.seconds) && this.seconds[this.head] <= timestamp-300 {
		this.total -= this.counts[this.head]
		this.head++
	}
}

func (this *HitCounter) Hit(timestamp int) {
	this.expire(timestamp)
	last := len(this.seconds) - 1
	if this.head <= last && this.seconds[last] == timestamp {
		this.counts[last]++
	} else {
		this.seconds = append(this.seconds, timestamp)
		this.counts = append(this.counts, 1)
	}
	this.total++
}

func (this *HitCounter) GetHits(timestamp int) int {
	this.expire(timestamp)
	return this.total
}
