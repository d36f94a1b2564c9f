class BrowserHistory {
    vector<string> pages;  // pages[0..last] is the history; entries past last are stale
    int current = 0, last = 0;

public:
    BrowserHistory(string homepage) {
        pages.push_back(homepage);
    }

    void visit(string url) {
        current++;
        if (current == (int)pages.size()) {
            pages.push_back(url);
        } else {
            pages[current] = url;
        }
        last = current;
    }

    string back(int steps) {
        current = max(0, current - steps);
        return pages[current];
    }

    string forward(int steps) {
        current = min(last, current + steps);
        return pages[current];
    }
};
