/**
 * @param {string} draft
 * @param {string} revision
 * @return {number}
 */
var longestCommonSubsequence = function(draft, revision) {
    const m = revision.length;
    let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
    for (let i = 0; i < draft.length; i++) {
        const ch = draft.charCodeAt(i);
        cur[0] = 0;
        for (let j = 0; j < m; j++)
            cur[j + 1] = ch === revision.charCodeAt(j) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
        const t = prev; prev = cur; cur = t;
    }
    return prev[m];
};
