/**
 * @param {string} s
 * @return {string}
 */
var decodeString = function(s) {
    const stack = [];
    let pieces = [];
    let count = 0;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch >= "0" && ch <= "9") {
            count = count * 10 + (ch.charCodeAt(0) - 48);
        } else if (ch === "[") {
            stack.push([pieces, count]);
            pieces = [];
            count = 0;
        } else if (ch === "]") {
            const inner = pieces.join("");
            const [outer, k] = stack.pop();
            outer.push(inner.repeat(k));
            pieces = outer;
        } else {
            pieces.push(ch);
        }
    }
    return pieces.join("");
};
