class SnapshotArray {
    /**
     * @param {number} length
     */
    constructor(length) {
        this.snaps = 0;
        // Per position its history: the snap ids at which it changed (increasing) and the values.
        this.ids = Array.from({ length }, () => []);
        this.vals = Array.from({ length }, () => []);
    }

    /**
     * @param {number} index
     * @param {number} val
     * @return {void}
     */
    set(index, val) {
        const ids = this.ids[index];
        const n = ids.length;
        if (n > 0 && ids[n - 1] === this.snaps) {
            this.vals[index][n - 1] = val;
        } else {
            ids.push(this.snaps);
            this.vals[index].push(val);
        }
    }

    /**
     * @return {number}
     */
    snap() {
        return this.snaps++;
    }

    /**
     * @param {number} index
     * @param {number} snapId
     * @return {number}
     */
    get(index, snapId) {
        const ids = this.ids[index];
        let lo = 0, hi = ids.length; // the first change after snapId, in [lo, hi]
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (ids[mid] <= snapId) lo = mid + 1;
            else hi = mid;
        }
        return lo === 0 ? 0 : this.vals[index][lo - 1];
    }
}
