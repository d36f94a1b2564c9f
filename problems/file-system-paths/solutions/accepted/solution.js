class FileSystem {
    constructor() {
        this.root = { value: 0, kids: new Map() };  // a trie over path components
    }

    // The node of path's parent (null if it does not exist) and path's last name.
    parentOf(path) {
        const names = path.split("/");
        let node = this.root;
        for (let i = 1; i < names.length - 1; i++) {
            node = node.kids.get(names[i]);
            if (node === undefined) return [null, names[names.length - 1]];
        }
        return [node, names[names.length - 1]];
    }

    /**
     * @param {string} path
     * @param {number} value
     * @return {boolean}
     */
    createPath(path, value) {
        const [parent, name] = this.parentOf(path);
        if (parent === null || parent.kids.has(name)) return false;
        parent.kids.set(name, { value, kids: new Map() });
        return true;
    }

    /**
     * @param {string} path
     * @return {number}
     */
    get(path) {
        const [parent, name] = this.parentOf(path);
        if (parent === null) return -1;
        const node = parent.kids.get(name);
        return node === undefined ? -1 : node.value;
    }

    /**
     * @param {string} path
     * @return {string[]}
     */
    list(path) {
        let node = this.root;
        if (path !== "/") {
            const [parent, name] = this.parentOf(path);
            node = parent.kids.get(name);
        }
        // names are lowercase letters: the default sort (by UTF-16 code units) is lexicographic
        return Array.from(node.kids.keys()).sort();
    }

    /**
     * @param {string} path
     * @return {number}
     */
    remove(path) {
        const [parent, name] = this.parentOf(path);
        if (parent === null) return 0;
        const node = parent.kids.get(name);
        if (node === undefined) return 0;
        parent.kids.delete(name);
        const stack = [node];
        let count = 0;
        while (stack.length > 0) {
            const n = stack.pop();
            count++;
            for (const kid of n.kids.values()) stack.push(kid);
        }
        return count;
    }
}
