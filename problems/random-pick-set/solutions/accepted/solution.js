class RandomizedSet {
    constructor() {
        this.items = []; // the elements, in no particular order
        this.where = new Map(); // value -> its index in items
    }

    /**
     * @param {number} val
     * @return {boolean}
     */
    insert(val) {
        if (this.where.has(val)) {
            return false;
        }
        this.where.set(val, this.items.length);
        this.items.push(val);
        return true;
    }

    /**
     * @param {number} val
     * @return {boolean}
     */
    remove(val) {
        const index = this.where.get(val);
        if (index === undefined) {
            return false;
        }
        this.where.delete(val);
        const last = this.items.pop();
        if (index < this.items.length) { // val was not the last element: move the last one into its slot
            this.items[index] = last;
            this.where.set(last, index);
        }
        return true;
    }

    /**
     * @return {number}
     */
    getRandom() {
        return this.items[Math.floor(Math.random() * this.items.length)];
    }
}
