const lbMaxScore = 100000 // the largest possible score
const lbSize = 1 << 17    // a power of two above lbMaxScore

// A Fenwick tree over score values, highest first: position lbMaxScore + 1 - s counts the
// players with score s (cnt) and sums their scores (tot).
type Leaderboard struct {
	cnt   []int
	tot   []int
	score map[int]int
}

func Constructor() Leaderboard {
	return Leaderboard{cnt: make([]int, lbSize+1), tot: make([]int, lbSize+1), score: map[int]int{}}
}

func (this *Leaderboard) update(s int, c int) {
	v := c * s
	for i := lbMaxScore + 1 - s; i <= lbSize; i += i & -i {
		this.cnt[i] += c
		this.tot[i] += v
	}
}

func (this *Leaderboard) AddScore(playerId int, score int) {
	base := this.score[playerId]
	if base > 0 {
		this.update(base, -1)
	}
	this.score[playerId] = base + score
	this.update(base+score, 1)
}

func (this *Leaderboard) Top(k int) int {
	pos, taken, total := 0, 0, 0
	for step := lbSize; step > 0; step >>= 1 {
		next := pos + step
		if next <= lbSize && taken+this.cnt[next] < k {
			pos = next
			taken += this.cnt[next]
			total += this.tot[next]
		}
	}
	// position pos + 1 holds score lbMaxScore - pos, shared by the remaining k - taken players
	return total + (k-taken)*(lbMaxScore-pos)
}

func (this *Leaderboard) Reset(playerId int) {
	this.update(this.score[playerId], -1)
	delete(this.score, playerId)
}
