import "sort"

type history struct {
	times  []int
	values []string
}

type TimeMap struct {
	histories map[string]*history
}

func Constructor() TimeMap {
	return TimeMap{histories: map[string]*history{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	h, ok := this.histories[key]
	if !ok {
		h = &history{}
		this.histories[key] = h
	}
	h.times = append(h.times, timestamp)
	h.values = append(h.values, value)
}

func (this *TimeMap) Get(key string, timestamp int) string {
	h, ok := this.histories[key]
	if !ok {
		return ""
	}
	i := sort.Search(len(h.times), func(j int) bool { return h.times[j] > timestamp })
	if i == 0 {
		return ""
	}
	return h.values[i-1]
}
