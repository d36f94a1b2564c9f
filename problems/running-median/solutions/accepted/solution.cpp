class MedianTracker {
    // The lower half in a max-heap, the upper half in a min-heap; low holds as many values as
    // high or one more.
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    MedianTracker() {
    }

    void add(int num) {
        if (!low.empty() && num > low.top()) {
            high.push(num);
            if (high.size() > low.size()) {
                low.push(high.top());
                high.pop();
            }
        } else {
            low.push(num);
            if (low.size() > high.size() + 1) {
                high.push(low.top());
                low.pop();
            }
        }
    }

    double median() {
        if (low.size() > high.size()) return low.top();
        return ((long long)low.top() + (long long)high.top()) / 2.0;
    }
};
