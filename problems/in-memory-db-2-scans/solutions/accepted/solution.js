class InMemoryDB {
    constructor() {
        this.records = new Map(); // key -> Map(field -> value)
        this.order = new Map(); // key -> its fields sorted; absent while stale
    }

    /**
     * @param {string} key
     * @param {string} field
     * @param {string} value
     * @return {void}
     */
    set(key, field, value) {
        let record = this.records.get(key);
        if (record === undefined) {
            record = new Map();
            this.records.set(key, record);
        }
        if (!record.has(field)) {
            this.order.delete(key);
        }
        record.set(field, value);
    }

    /**
     * @param {string} key
     * @param {string} field
     * @return {string}
     */
    get(key, field) {
        const record = this.records.get(key);
        if (record === undefined) {
            return "";
        }
        const value = record.get(field);
        return value === undefined ? "" : value;
    }

    /**
     * @param {string} key
     * @param {string} field
     * @return {boolean}
     */
    deleteField(key, field) {
        const record = this.records.get(key);
        if (record === undefined || !record.delete(field)) {
            return false;
        }
        this.order.delete(key);
        if (record.size === 0) {
            this.records.delete(key);
        }
        return true;
    }

    sorted(key) {
        let order = this.order.get(key);
        if (order === undefined) {
            order = Array.from(this.records.get(key).keys()).sort(); // code-unit order
            this.order.set(key, order);
        }
        return order;
    }

    /**
     * @param {string} key
     * @return {string[]}
     */
    scan(key) {
        return this.scanByPrefix(key, "");
    }

    /**
     * @param {string} key
     * @param {string} prefix
     * @return {string[]}
     */
    scanByPrefix(key, prefix) {
        const record = this.records.get(key);
        if (record === undefined) {
            return [];
        }
        const order = this.sorted(key);
        let lo = 0, hi = order.length; // the first field >= prefix
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (order[mid] < prefix) lo = mid + 1; else hi = mid;
        }
        const result = [];
        for (let i = lo; i < order.length && order[i].startsWith(prefix); i++) {
            result.push(order[i] + "(" + record.get(order[i]) + ")");
        }
        return result;
    }
}
