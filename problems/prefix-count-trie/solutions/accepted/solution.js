var PrefixTrie = function() {
    // Nodes live in flat typed arrays: child[26 * node + letter] is the child's index (0: none).
    this.child = new Int32Array(26 * 1024);
    this.pass = new Int32Array(1024);  // stored words going through the node
    this.end = new Int32Array(1024);   // stored words ending at the node
    this.size = 1;                     // node 0 is the root
};

PrefixTrie.prototype.newNode = function() {
    if (this.size === this.pass.length) {
        const grow = (a) => {
            const b = new Int32Array(2 * a.length);
            b.set(a);
            return b;
        };
        this.child = grow(this.child);
        this.pass = grow(this.pass);
        this.end = grow(this.end);
    }
    return this.size++;
};

PrefixTrie.prototype.find = function(s) {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
        node = this.child[26 * node + s.charCodeAt(i) - 97];
        if (node === 0) return -1;
    }
    return node;
};

/**
 * @param {string} word
 * @return {void}
 */
PrefixTrie.prototype.insert = function(word) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
        const slot = 26 * node + word.charCodeAt(i) - 97;
        let nxt = this.child[slot];
        if (nxt === 0) {
            nxt = this.newNode();
            this.child[slot] = nxt;
        }
        node = nxt;
        this.pass[node]++;
    }
    this.end[node]++;
};

/**
 * @param {string} word
 * @return {number}
 */
PrefixTrie.prototype.countWord = function(word) {
    const node = this.find(word);
    return node < 0 ? 0 : this.end[node];
};

/**
 * @param {string} prefix
 * @return {number}
 */
PrefixTrie.prototype.countPrefix = function(prefix) {
    const node = this.find(prefix);
    return node < 0 ? 0 : this.pass[node];
};

/**
 * @param {string} word
 * @return {void}
 */
PrefixTrie.prototype.erase = function(word) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
        node = this.child[26 * node + word.charCodeAt(i) - 97];
        this.pass[node]--;
    }
    this.end[node]--;
};
