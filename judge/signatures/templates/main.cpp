#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

#include "solution.cpp"

namespace judge_harness {
const size_t MAX_NODES = 1000000;

struct Json {
    enum Kind { Null, Number, String, Bool, Array } kind = Null;
    string text;  // a number's digits, or a string's value
    bool flag = false;
    vector<Json> items;
};

struct Reader {
    const string& s;
    size_t at = 0;
    unsigned hex4() { unsigned v = (unsigned) stoul(s.substr(at, 4), nullptr, 16); at += 4; return v; }
    // \uXXXX, joining a surrogate pair into one code point
    unsigned unicode_escape() {
        unsigned code = hex4();
        if (code >= 0xD800 && code < 0xDC00 && s.compare(at, 2, "\\u") == 0) {
            at += 2;
            code = 0x10000 + ((code - 0xD800) << 10) + (hex4() - 0xDC00);
        }
        return code;
    }
    static void append_utf8(string& out, unsigned c) {
        if (c < 0x80) out += (char) c;
        else if (c < 0x800) { out += (char) (0xC0 | c >> 6); out += (char) (0x80 | (c & 0x3F)); }
        else if (c < 0x10000) {
            out += (char) (0xE0 | c >> 12); out += (char) (0x80 | (c >> 6 & 0x3F)); out += (char) (0x80 | (c & 0x3F));
        } else {
            out += (char) (0xF0 | c >> 18); out += (char) (0x80 | (c >> 12 & 0x3F));
            out += (char) (0x80 | (c >> 6 & 0x3F)); out += (char) (0x80 | (c & 0x3F));
        }
    }
    void skip() { while (at < s.size() && isspace((unsigned char) s[at])) at++; }
    Json value() {
        skip();
        Json j;
        char c = s[at];
        if (c == '[') {
            j.kind = Json::Array;
            at++;
            skip();
            if (s[at] == ']') { at++; return j; }
            while (true) {
                j.items.push_back(value());
                skip();
                if (s[at++] == ']') return j;
            }
        }
        if (c == '"') {
            j.kind = Json::String;
            at++;
            while (s[at] != '"') {
                char d = s[at++];
                if (d != '\\') { j.text += d; continue; }
                char e = s[at++];
                if (e == 'n') j.text += '\n';
                else if (e == 't') j.text += '\t';
                else if (e == 'r') j.text += '\r';
                else if (e == 'b') j.text += '\b';
                else if (e == 'f') j.text += '\f';
                else if (e == 'u') append_utf8(j.text, unicode_escape());
                else j.text += e;
            }
            at++;
            return j;
        }
        if (s.compare(at, 4, "null") == 0) { at += 4; return j; }
        if (s.compare(at, 4, "true") == 0) { at += 4; j.kind = Json::Bool; j.flag = true; return j; }
        if (s.compare(at, 5, "false") == 0) { at += 5; j.kind = Json::Bool; return j; }
        j.kind = Json::Number;
        while (at < s.size() && strchr("+-0123456789.eE", s[at])) j.text += s[at++];
        return j;
    }
};

Json parse(const string& line) { return Reader{line}.value(); }

ListNode* to_list(const Json& j) {
    ListNode* head = nullptr;
    for (size_t i = j.items.size(); i-- > 0;) head = new ListNode((int) stoll(j.items[i].text), head);
    return head;
}

TreeNode* to_tree(const Json& j) {
    if (j.items.empty()) return nullptr;
    vector<TreeNode*> nodes;
    for (const Json& item : j.items) {
        nodes.push_back(item.kind == Json::Null ? nullptr : new TreeNode((int) stoll(item.text)));
    }
    size_t child = 1;
    for (size_t i = 0; i < nodes.size() && child < nodes.size(); i++) {
        if (!nodes[i]) continue;
        nodes[i]->left = nodes[child++];
        if (child < nodes.size()) nodes[i]->right = nodes[child++];
    }
    return nodes[0];
}

void quote(string& out, const string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += (char) c; }
        else if (c < 0x20) { char buffer[8]; snprintf(buffer, sizeof buffer, "\\u%04x", c); out += buffer; }
        else out += (char) c;
    }
    out += '"';
}

void write_double(string& out, double v) {
    if (!isfinite(v)) { out += "NaN"; return; }
    char buffer[64];
    snprintf(buffer, sizeof buffer, "%.17g", v);
    out += buffer;
}

void write_list(string& out, ListNode* node) {
    out += '[';
    size_t count = 0;
    for (; node; node = node->next) {
        if (++count > MAX_NODES) throw runtime_error("the returned list has more than 10^6 nodes: is there a cycle?");
        if (count > 1) out += ',';
        out += to_string(node->val);
    }
    out += ']';
}

void write_tree(string& out, TreeNode* root) {
    vector<TreeNode*> queue{root};
    for (size_t i = 0; i < queue.size(); i++) {
        if (queue.size() > 2 * MAX_NODES + 1) throw runtime_error("the returned tree has more than 10^6 nodes: is there a cycle?");
        if (queue[i]) { queue.push_back(queue[i]->left); queue.push_back(queue[i]->right); }
    }
    size_t end = queue.size();
    while (end > 0 && !queue[end - 1]) end--;
    out += '[';
    for (size_t i = 0; i < end; i++) {
        if (i) out += ',';
        out += queue[i] ? to_string(queue[i]->val) : "null";
    }
    out += ']';
}
// @@HELPERS@@
// Tells the judge, every 5 ms, which call of a design test is running ("\x1e<secret>@<index>", 0 the
// constructor), from a thread of its own: a run killed at a limit, even inside one call that never
// returns, still says where it was. The loop sets `running`; `stop_progress` takes the lock for
// good, so no line lands inside the result.
atomic<size_t> running{0};
mutex progress_lock;
bool progress_stopped = false;

void start_progress(int fd, const string& secret) {
    thread([fd, secret] {
        size_t reported = SIZE_MAX;
        for (;;) {
            this_thread::sleep_for(chrono::milliseconds(5));
            lock_guard<mutex> guard(progress_lock);
            if (progress_stopped) return;
            size_t index = running.load(memory_order_relaxed);
            if (index == reported) continue;
            reported = index;
            string line = "\x1e" + secret + "@" + to_string(index) + "\n";
            if (write(fd, line.data(), line.size()) < 0) reported = SIZE_MAX;
        }
    }).detach();
}

void stop_progress() {
    lock_guard<mutex> guard(progress_lock);
    progress_stopped = true;
}
}  // namespace judge_harness
// @@MAIN@@
