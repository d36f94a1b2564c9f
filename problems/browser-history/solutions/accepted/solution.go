type BrowserHistory struct {
	pages   []string // pages[0..last] is the history; entries past last are stale
	current int
	last    int
}

func Constructor(homepage string) BrowserHistory {
	return BrowserHistory{pages: []string{homepage}}
}

func (this *BrowserHistory) Visit(url string) {
	this.current++
	if this.current == len(this.pages) {
		this.pages = append(this.pages, url)
	} else {
		this.pages[this.current] = url
	}
	this.last = this.current
}

func (this *BrowserHistory) Back(steps int) string {
	this.current -= steps
	if this.current < 0 {
		this.current = 0
	}
	return this.pages[this.current]
}

func (this *BrowserHistory) Forward(steps int) string {
	this.current += steps
	if this.current > this.last {
		this.current = this.last
	}
	return this.pages[this.current]
}
