var MinStack = function() {
    this.items = [];
    this.mins = []; // mins[i]: the smallest of items[0..i]
};

/**
 * @param {number} val
 * @return {void}
 */
MinStack.prototype.push = function(val) {
    const n = this.mins.length;
    this.items.push(val);
    this.mins.push(n === 0 ? val : Math.min(val, this.mins[n - 1]));
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function() {
    this.items.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function() {
    return this.items[this.items.length - 1];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};
