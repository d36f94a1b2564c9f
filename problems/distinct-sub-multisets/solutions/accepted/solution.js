/**
 * @param {number[]} marbles
 * @return {number[][]}
 */
var distinctHandfuls = function(marbles) {
    const sorted = [...marbles].sort((a, b) => a - b);
    const result = [];
    const current = [];
    const walk = (start) => {
        result.push([...current]);
        for (let i = start; i < sorted.length; i++) {
            if (i > start && sorted[i] === sorted[i - 1]) continue;
            current.push(sorted[i]);
            walk(i + 1);
            current.pop();
        }
    };
    walk(0);
    return result;
};
