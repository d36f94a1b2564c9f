"use strict";
// @@SIGNATURE@@
const fs = require("fs");
const vm = require("vm");
const MAX_NODES = 1000000;

const input = fs.readFileSync(0);
const newline = input.indexOf(10);
const secret = input.subarray(0, newline < 0 ? input.length : newline).toString("utf8");
const lines = (newline < 0 ? "" : input.subarray(newline + 1).toString("utf8")).split("\n");

// As in LeetCode's JavaScript (and the starter code's comment): constructor functions.
function ListNode(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
}

function toList(values) {
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
}

function toTree(values) {
    if (values.length === 0) return null;
    const nodes = values.map((v) => (v === null ? null : new TreeNode(v)));
    let child = 1;
    for (let i = 0; i < nodes.length && child < nodes.length; i++) {
        if (nodes[i] === null) continue;
        nodes[i].left = nodes[child++];
        if (child < nodes.length) nodes[i].right = nodes[child++];
    }
    return nodes[0];
}

function fromList(node) {
    const values = [];
    for (; node; node = node.next) {
        if (values.length >= MAX_NODES) throw new Error("the returned list has more than 10^6 nodes: is there a cycle?");
        values.push(node.val);
    }
    return values;
}

function fromTree(root) {
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
        if (queue.length > 2 * MAX_NODES + 1) throw new Error("the returned tree has more than 10^6 nodes: is there a cycle?");
        if (queue[i]) queue.push(queue[i].left, queue[i].right);
    }
    let end = queue.length;
    while (end > 0 && !queue[end - 1]) end--;
    return queue.slice(0, end).map((node) => (node ? node.val : null));
}

function convert(value, base, depth, toUser) {
    if (depth > 0) {
        if (value === null || value === undefined) return null;
        // Not an array where one is declared: passed on as it is, for the judge's type check to name.
        return Array.isArray(value) ? value.map((v) => convert(v, base, depth - 1, toUser)) : value;
    }
    if (base === "ListNode") return toUser ? toList(value) : fromList(value);
    if (base === "TreeNode") return toUser ? toTree(value) : fromTree(value);
    return value === undefined ? null : value;
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;

// The user's solution.js, run with its own file name (stack traces name the user's lines); `names`
// are the top-level bindings to pick up afterwards (a class declaration is not a global property).
function loadSolution(names) {
    const code = fs.readFileSync("solution.js", "utf8") +
        names.map((name) => `\n;globalThis.__judge_${name} = typeof ${name} !== "undefined" ? ${name} : undefined;`).join("");
    vm.runInThisContext(code, { filename: "solution.js" });
    return Object.fromEntries(names.map((name) => [name, globalThis[`__judge_${name}`]]));
}

function encode(value, base, depth) {
    const payload = JSON.stringify(convert(value, base, depth, false), (key, v) =>
        typeof v === "number" && !Number.isFinite(v) ? "NaN" : v);
    return payload === undefined ? "null" : payload;
}

function callFunction() {
    const args = PARAMS.map(([base, depth], i) => convert(JSON.parse(lines[i]), base, depth, true));
    const found = loadSolution([FUNCTION, "Solution"]);
    let fn = found[FUNCTION];
    if (typeof fn !== "function" && typeof found.Solution === "function") {
        const instance = new found.Solution();
        if (typeof instance[FUNCTION] === "function") fn = instance[FUNCTION].bind(instance);
    }
    if (typeof fn !== "function") {
        process.stderr.write(`judge: define a function ${FUNCTION}\n`);
        process.exit(1);
    }
    return encode(fn(...args), RETURNS[0], RETURNS[1]);
}

// Writes all of `text` to the harness's stdout (a non-blocking pipe may refuse some at first).
function writeOut(text) {
    const line = Buffer.from(text);
    for (let done = 0; done < line.length;) {
        try {
            done += fs.writeSync(1, line, done);
        } catch (error) {
            if (error.code !== "EAGAIN") throw error;  // a non-blocking pipe that is full: try again
        }
    }
}

// Tells the judge, every 5 ms, which call of a design test is running (`\x1e<secret>@<index>`, 0
// the constructor), from a worker thread: a run killed at a limit, even inside one call that never
// returns, still says where it was. The loop stores the index in shared memory. shared[1] is a
// lock: 0 idle, 3 the worker is writing, 1 stopped for good (so no line lands inside the result).
const WATCHER = `
const { workerData } = require("worker_threads");
const fs = require("fs");
const shared = new Int32Array(workerData.buffer);
let reported = -1;
for (;;) {
    Atomics.wait(shared, 1, 0, 5);
    if (Atomics.compareExchange(shared, 1, 0, 3) !== 0) break;
    const index = Atomics.load(shared, 0);
    if (index !== reported) {
        reported = index;
        try {
            fs.writeSync(1, workerData.prefix + index + "\\n");
        } catch (error) {
            reported = -1;  // a full non-blocking pipe: the next tick reports again
        }
    }
    Atomics.store(shared, 1, 0);
    Atomics.notify(shared, 1);
}
`;

function startProgress() {
    const { Worker } = require("worker_threads");
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const prefix = "\x1e" + secret + "@";
    const worker = new Worker(WATCHER, { eval: true, workerData: { buffer: shared.buffer, prefix } });
    worker.on("error", () => {});  // progress is a courtesy: never the run's failure
    worker.unref();
    return {
        set: (index) => { shared[0] = index; },
        stop: () => {
            while (Atomics.compareExchange(shared, 1, 0, 1) !== 0) Atomics.wait(shared, 1, 3, 5);
            Atomics.notify(shared, 1);
        },
    };
}

// A design problem: construct the class with the first operation's arguments, call the others in
// order, and return what each returned (null for the constructor and for void methods).
function driveObject(progress) {
    const names = JSON.parse(lines[0]);
    const argLists = JSON.parse(lines[1]);
    const Cls = loadSolution([CLASS])[CLASS];
    if (typeof Cls !== "function") {
        process.stderr.write(`judge: define class ${CLASS}\n`);
        process.exit(1);
    }
    const typed = (values, params) => values.map((v, i) => convert(v, params[i][0], params[i][1], true));
    const results = ["null"];
    let index = 0;
    try {
        const object = new Cls(...typed(argLists[0], CONSTRUCTOR));
        for (index = 1; index < names.length; index++) {
            progress.set(index);
            const [params, returns] = METHODS[names[index]];
            if (typeof object[names[index]] !== "function") {
                process.stderr.write(`judge: ${CLASS} has no method ${names[index]}\n`);
                process.exit(1);
            }
            const value = object[names[index]](...typed(argLists[index], params));
            results.push(returns === null ? "null" : encode(value, returns[0], returns[1]));
        }
    } catch (error) {
        const where = index === 0 ? "the constructor" : `call ${index}, ${names[index]}`;
        const name = error && error.name ? error.name : typeof error;
        process.stderr.write(`judge: ${where} raised ${name}: ${String(error && error.message).slice(0, 200)}\n`);
        throw error;
    }
    return "[" + results.join(",") + "]";
}

let payload;
if (MODE === "design") {
    const progress = startProgress();
    payload = driveObject(progress);
    progress.stop();
} else {
    payload = callFunction();
}
// On Linux, writes to a pipe are synchronous, so what the user printed is already out.
writeOut("\x1e" + secret + " " + payload + "\n");
