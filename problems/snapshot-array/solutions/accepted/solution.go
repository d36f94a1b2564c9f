import "sort"

type SnapshotArray struct {
	ids   [][]int // per position: the snap ids at which it changed, increasing
	vals  [][]int // and the values it took then
	snaps int
}

func Constructor(length int) SnapshotArray {
	return SnapshotArray{ids: make([][]int, length), vals: make([][]int, length)}
}

func (this *SnapshotArray) Set(index int, val int) {
	ids := this.ids[index]
	if n := len(ids); n > 0 && ids[n-1] == this.snaps {
		this.vals[index][n-1] = val
		return
	}
	this.ids[index] = append(ids, this.snaps)
	this.vals[index] = append(this.vals[index], val)
}

func (this *SnapshotArray) Snap() int {
	this.snaps++
	return this.snaps - 1
}

func (this *SnapshotArray) Get(index int, snapId int) int {
	ids := this.ids[index]
	i := sort.Search(len(ids), func(j int) bool { return ids[j] > snapId })
	if i == 0 {
		return 0
	}
	return this.vals[index][i-1]
}
