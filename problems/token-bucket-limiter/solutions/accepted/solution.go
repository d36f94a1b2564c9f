type bucket struct {
	start   int // the time of the client's first request
	tokens  int
	counted int // refill moments already added (or lost to a full bucket)
}

type TokenBucketLimiter struct {
	capacity int
	refill   int
	buckets  map[string]*bucket
}

func Constructor(capacity int, refillMs int) TokenBucketLimiter {
	return TokenBucketLimiter{capacity: capacity, refill: refillMs, buckets: map[string]*bucket{}}
}

func (this *TokenBucketLimiter) update(b *bucket, timeMs int) {
	done := (timeMs - b.start) / this.refill
	if done != b.counted {
		b.tokens += done - b.counted
		if b.tokens > this.capacity {
			b.tokens = this.capacity
		}
		b.counted = done
	}
}

func (this *TokenBucketLimiter) Allow(client string, timeMs int, cost int) bool {
	b, ok := this.buckets[client]
	if !ok {
		b = &bucket{start: timeMs, tokens: this.capacity}
		this.buckets[client] = b
	} else {
		this.update(b, timeMs)
	}
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

func (this *TokenBucketLimiter) Tokens(client string, timeMs int) int {
	b, ok := this.buckets[client]
	if !ok {
		return this.capacity
	}
	this.update(b, timeMs)
	return b.tokens
}
