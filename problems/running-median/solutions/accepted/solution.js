// A binary heap of numbers; `before(a, b)` is true when a must come out before b.
class Heap {
    constructor(before) {
        this.items = [];
        this.before = before;
    }

    get size() {
        return this.items.length;
    }

    peek() {
        return this.items[0];
    }

    push(x) {
        const a = this.items;
        let i = a.length;
        a.push(x);
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.before(x, a[p])) break;
            a[i] = a[p];
            i = p;
        }
        a[i] = x;
    }

    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            let i = 0;
            const n = a.length;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= n) break;
                if (c + 1 < n && this.before(a[c + 1], a[c])) c++;
                if (!this.before(a[c], last)) break;
                a[i] = a[c];
                i = c;
            }
            a[i] = last;
        }
        return top;
    }
}

class MedianTracker {
    constructor() {
        this.low = new Heap((a, b) => a > b);  // the lower half: as many values as high or one more
        this.high = new Heap((a, b) => a < b); // the upper half
    }

    /**
     * @param {number} num
     * @return {void}
     */
    add(num) {
        if (this.low.size > 0 && num > this.low.peek()) {
            this.high.push(num);
            if (this.high.size > this.low.size) this.low.push(this.high.pop());
        } else {
            this.low.push(num);
            if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
        }
    }

    /**
     * @return {number}
     */
    median() {
        if (this.low.size > this.high.size) return this.low.peek();
        return (this.low.peek() + this.high.peek()) / 2;
    }
}
