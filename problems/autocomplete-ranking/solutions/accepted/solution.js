class Autocomplete {
    constructor() {
        this.count = new Map();
        this.root = { kids: new Map(), top: [] };  // top: the best sentences below, best first
    }

    better(a, ca, b) {
        const cb = this.count.get(b);
        return ca > cb || (ca === cb && a < b);
    }

    /**
     * @param {string} sentence
     * @return {void}
     */
    record(sentence) {
        const c = (this.count.get(sentence) || 0) + 1;
        this.count.set(sentence, c);
        let node = this.root;
        for (const ch of sentence) {
            let next = node.kids.get(ch);
            if (next === undefined) {
                next = { kids: new Map(), top: [] };
                node.kids.set(ch, next);
            }
            node = next;
            const top = node.top;
            let i = top.indexOf(sentence);
            if (i < 0) {
                if (top.length < 3) {
                    top.push(sentence);
                    i = top.length - 1;
                } else if (this.better(sentence, c, top[2])) {
                    top[2] = sentence;
                    i = 2;
                } else {
                    continue;
                }
            }
            while (i > 0 && this.better(sentence, c, top[i - 1])) {
                top[i] = top[i - 1];
                top[i - 1] = sentence;
                i--;
            }
        }
    }

    /**
     * @param {string} prefix
     * @return {string[]}
     */
    suggest(prefix) {
        let node = this.root;
        for (const ch of prefix) {
            node = node.kids.get(ch);
            if (node === undefined) return [];
        }
        return node.top.slice();
    }
}
