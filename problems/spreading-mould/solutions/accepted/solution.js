/**
 * @param {character[][]} crate
 * @return {number}
 */
var minutesUntilSpoiled = function(crate) {
    const rows = crate.length, cols = crate[0].length;
    const time = new Int32Array(rows * cols).fill(-1);
    const queue = new Int32Array(rows * cols);
    let head = 0, tail = 0, fresh = 0;
    for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
            if (crate[r][c] === "M") { time[r * cols + c] = 0; queue[tail++] = r * cols + c; }
            else if (crate[r][c] === "F") fresh++;
        }
    let last = 0;
    const dr = [-1, 1, 0, 0], dc = [0, 0, -1, 1];
    while (head < tail) {
        const cur = queue[head++];
        const r = Math.floor(cur / cols), c = cur % cols, t = time[cur] + 1;
        for (let k = 0; k < 4; k++) {
            const nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
            const id = nr * cols + nc;
            if (crate[nr][nc] === "F" && time[id] < 0) {
                time[id] = t; fresh--; last = t; queue[tail++] = id;
            }
        }
    }
    return fresh > 0 ? -1 : last;
};
