/**
 * @param {string} start
 * @param {string} target
 * @param {string[]} dictionary
 * @return {number}
 */
var shortestWordChain = function(start, target, dictionary) {
    const length = start.length;
    const buckets = new Map();
    for (const word of dictionary) {
        for (let i = 0; i < length; i++) {
            const pattern = word.slice(0, i) + "*" + word.slice(i + 1);
            let bucket = buckets.get(pattern);
            if (!bucket) buckets.set(pattern, (bucket = []));
            bucket.push(word);
        }
    }
    const dist = new Map([[start, 0]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const word = queue[head];
        const d = dist.get(word) + 1;
        for (let i = 0; i < length; i++) {
            const pattern = word.slice(0, i) + "*" + word.slice(i + 1);
            const bucket = buckets.get(pattern);
            if (!bucket) continue;
            buckets.delete(pattern);
            for (const other of bucket) {
                if (dist.has(other)) continue;
                if (other === target) return d;
                dist.set(other, d);
                queue.push(other);
            }
        }
    }
    return -1;
};
