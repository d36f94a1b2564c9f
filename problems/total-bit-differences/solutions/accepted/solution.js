/**
 * @param {number[]} codes
 * @return {number}
 */
var totalBitDifferences = function(codes) {
    const n = codes.length;
    let total = 0;
    for (let bit = 0; bit < 31; bit++) {
        let ones = 0;
        for (const c of codes) ones += (c >> bit) & 1;
        total += ones * (n - ones);
    }
    return total;
};
