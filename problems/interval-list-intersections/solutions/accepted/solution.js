/**
 * @param {number[][]} mySlots
 * @param {number[][]} yourSlots
 * @return {number[][]}
 */
var sharedFreeTime = function(mySlots, yourSlots) {
    const result = [];
    let i = 0, j = 0;
    while (i < mySlots.length && j < yourSlots.length) {
        const lo = Math.max(mySlots[i][0], yourSlots[j][0]);
        const hi = Math.min(mySlots[i][1], yourSlots[j][1]);
        if (lo <= hi) result.push([lo, hi]);
        if (mySlots[i][1] < yourSlots[j][1]) i++; else j++;
    }
    return result;
};
