class BrowserHistory {
    /**
     * @param {string} homepage
     */
    constructor(homepage) {
        this.pages = [homepage];  // pages[0..last] is the history; entries past last are stale
        this.current = 0;
        this.last = 0;
    }

    /**
     * @param {string} url
     * @return {void}
     */
    visit(url) {
        this.current++;
        this.pages[this.current] = url;
        this.last = this.current;
    }

    /**
     * @param {number} steps
     * @return {string}
     */
    back(steps) {
        this.current = Math.max(0, this.current - steps);
        return this.pages[this.current];
    }

    /**
     * @param {number} steps
     * @return {string}
     */
    forward(steps) {
        this.current = Math.min(this.last, this.current + steps);
        return this.pages[this.current];
    }
}
