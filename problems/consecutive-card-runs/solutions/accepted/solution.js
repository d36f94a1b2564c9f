/**
 * @param {number[]} cards
 * @param {number} runLength
 * @return {boolean}
 */
var canFormRuns = function(cards, runLength) {
    if (cards.length % runLength !== 0) return false;
    const sorted = Int32Array.from(cards).sort();
    const values = [], amount = [];
    for (const v of sorted) {
        if (values.length === 0 || values[values.length - 1] !== v) { values.push(v); amount.push(0); }
        amount[amount.length - 1]++;
    }
    const n = values.length;
    for (let i = 0; i < n; i++) {
        const need = amount[i];
        if (need === 0) continue;
        if (i + runLength > n || values[i + runLength - 1] - values[i] !== runLength - 1) return false;
        for (let j = i; j < i + runLength; j++) {
            if (amount[j] < need) return false;
            amount[j] -= need;
        }
    }
    return true;
};
