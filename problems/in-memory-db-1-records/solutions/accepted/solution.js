class InMemoryDB {
    constructor() {
        this.records = new Map(); // key -> Map(field -> value)
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
        if (record.size === 0) {
            this.records.delete(key);
        }
        return true;
    }
}
