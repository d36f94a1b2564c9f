// a max-heap of [total, id]: the largest total first, then the smallest id
function before(a, b) {
    return a[0] !== b[0] ? a[0] > b[0] : a[1] < b[1];
}

class SpendHeap {
    constructor() {
        this.items = [];
    }

    push(e) {
        const items = this.items;
        let i = items.length;
        items.push(e);
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!before(e, items[parent])) break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = e;
    }

    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        const n = items.length;
        if (n > 0) {
            let i = 0;
            for (;;) {
                let child = 2 * i + 1;
                if (child >= n) break;
                if (child + 1 < n && before(items[child + 1], items[child])) child++;
                if (!before(items[child], last)) break;
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
        }
        return top;
    }
}

class Bank {
    constructor() {
        this.balance = new Map();
        this.sent = new Map(); // only accounts that have sent
        this.heap = new SpendHeap(); // an entry is stale once its total is not sent[id]
    }

    /**
     * @param {string} accountId
     * @return {boolean}
     */
    createAccount(accountId) {
        if (this.balance.has(accountId)) return false;
        this.balance.set(accountId, 0);
        return true;
    }

    /**
     * @param {string} accountId
     * @param {number} amount
     * @return {number}
     */
    deposit(accountId, amount) {
        const b = this.balance.get(accountId);
        if (b === undefined) return -1;
        this.balance.set(accountId, b + amount);
        return b + amount;
    }

    /**
     * @param {string} fromId
     * @param {string} toId
     * @param {number} amount
     * @return {number}
     */
    transfer(fromId, toId, amount) {
        if (fromId === toId) return -1;
        const from = this.balance.get(fromId), to = this.balance.get(toId);
        if (from === undefined || to === undefined || from < amount) return -1;
        this.balance.set(fromId, from - amount);
        this.balance.set(toId, to + amount);
        const total = (this.sent.get(fromId) || 0) + amount;
        this.sent.set(fromId, total);
        this.heap.push([total, fromId]);
        return from - amount;
    }

    /**
     * @param {number} n
     * @return {string[]}
     */
    topSpenders(n) {
        const taken = [];
        while (this.heap.items.length > 0 && taken.length < n) {
            const e = this.heap.pop();
            if (this.sent.get(e[1]) === e[0]) taken.push(e);
        }
        for (const e of taken) this.heap.push(e);
        return taken.map(e => `${e[1]}(${e[0]})`);
    }
}
