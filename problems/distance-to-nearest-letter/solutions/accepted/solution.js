/**
 * @param {string} s
 * @param {character} c
 * @return {number[]}
 */
var shortestToChar = function(s, c) {
    const n = s.length;
    const d = new Array(n);
    let last = -2 * n;
    for (let i = 0; i < n; i++) {
        if (s[i] === c) last = i;
        d[i] = i - last;
    }
    last = 3 * n;
    for (let i = n - 1; i >= 0; i--) {
        if (s[i] === c) last = i;
        d[i] = Math.min(d[i], last - i);
    }
    return d;
};
