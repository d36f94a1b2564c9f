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
    if (depth > 0) return value === null || value === undefined ? null : value.map((v) => convert(v, base, depth - 1, toUser));
    if (base === "ListNode") return toUser ? toList(value) : fromList(value);
    if (base === "TreeNode") return toUser ? toTree(value) : fromTree(value);
    return value === undefined ? null : value;
}

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
const args = PARAMS.map(([base, depth], i) => convert(JSON.parse(lines[i]), base, depth, true));
const code = fs.readFileSync("solution.js", "utf8") +
    `\n;globalThis.__judgeFunction = typeof ${FUNCTION} !== "undefined" ? ${FUNCTION} : undefined;` +
    `\n;globalThis.__judgeSolution = typeof Solution !== "undefined" ? Solution : undefined;`;
vm.runInThisContext(code, { filename: "solution.js" });
let fn = globalThis.__judgeFunction;
if (typeof fn !== "function" && typeof globalThis.__judgeSolution === "function") {
    const instance = new globalThis.__judgeSolution();
    if (typeof instance[FUNCTION] === "function") fn = instance[FUNCTION].bind(instance);
}
if (typeof fn !== "function") {
    process.stderr.write(`judge: define a function ${FUNCTION}\n`);
    process.exit(1);
}
const result = fn(...args);
const payload = JSON.stringify(convert(result, RETURNS[0], RETURNS[1], false), (key, value) =>
    typeof value === "number" && !Number.isFinite(value) ? "NaN" : value);
// On Linux, writes to a pipe are synchronous, so what the user printed is already out.
const line = Buffer.from("\x1e" + secret + " " + (payload === undefined ? "null" : payload) + "\n");
for (let done = 0; done < line.length;) {
    try {
        done += fs.writeSync(1, line, done);
    } catch (error) {
        if (error.code !== "EAGAIN") throw error;  // a non-blocking pipe that is full: try again
    }
}
