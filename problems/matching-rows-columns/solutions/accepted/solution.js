/**
 * @param {number[][]} grid
 * @return {number}
 */
var equalPairs = function(grid) {
    const n = grid.length;
    const rows = new Map();
    for (const row of grid) {
        const key = row.join(",");
        rows.set(key, (rows.get(key) || 0) + 1);
    }
    let pairs = 0;
    const column = new Array(n);
    for (let c = 0; c < n; c++) {
        for (let r = 0; r < n; r++) column[r] = grid[r][c];
        pairs += rows.get(column.join(",")) || 0;
    }
    return pairs;
};
