class InMemoryDB {
    constructor() {
        this.records = new Map();  // key -> Map(field -> {value, expiry}); expiry Infinity without a TTL
    }

    put(key, field, value, expiry) {
        let record = this.records.get(key);
        if (record === undefined) {
            record = new Map();
            this.records.set(key, record);
        }
        record.set(field, { value, expiry });
    }

    setAt(key, field, value, timestamp) {
        this.put(key, field, value, Infinity);
    }

    setAtWithTtl(key, field, value, timestamp, ttl) {
        this.put(key, field, value, timestamp + ttl);
    }

    deleteAt(key, field, timestamp) {
        const record = this.records.get(key);
        if (record === undefined) return false;
        const e = record.get(field);
        if (e === undefined) return false;
        record.delete(field);
        return e.expiry > timestamp;
    }

    getAt(key, field, timestamp) {
        const record = this.records.get(key);
        if (record === undefined) return "";
        const e = record.get(field);
        return e !== undefined && e.expiry > timestamp ? e.value : "";
    }

    scan(key, prefix, timestamp) {
        const record = this.records.get(key);
        if (record === undefined) return [];
        const alive = [];
        for (const [field, e] of record) {
            if (e.expiry <= timestamp) record.delete(field);  // expired for good
            else if (field.startsWith(prefix)) alive.push(field);
        }
        alive.sort();  // by UTF-16 code units: the same as by character codes here
        return alive.map(field => field + "(" + record.get(field).value + ")");
    }

    scanAt(key, timestamp) {
        return this.scan(key, "", timestamp);
    }

    scanByPrefixAt(key, prefix, timestamp) {
        return this.scan(key, prefix, timestamp);
    }
}
