class BrowserHistory {
    // pages[0..last] is the history; entries past last are stale
    private String[] pages = new String[16];
    private int current, last;

    public BrowserHistory(String homepage) {
        pages[0] = homepage;
    }

    public void visit(String url) {
        current++;
        if (current == pages.length) pages = Arrays.copyOf(pages, 2 * current);
        pages[current] = url;
        last = current;
    }

    public String back(int steps) {
        current = Math.max(0, current - steps);
        return pages[current];
    }

    public String forward(int steps) {
        current = Math.min(last, current + steps);
        return pages[current];
    }
}
