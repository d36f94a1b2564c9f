class Solution {
    public String decodeString(String s) {
        Deque<StringBuilder> outers = new ArrayDeque<>();
        Deque<Integer> counts = new ArrayDeque<>();
        StringBuilder cur = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                count = count * 10 + (ch - '0');
            } else if (ch == '[') {
                outers.push(cur);
                counts.push(count);
                cur = new StringBuilder();
                count = 0;
            } else if (ch == ']') {
                StringBuilder outer = outers.pop();
                int k = counts.pop();
                for (int j = 0; j < k; j++) outer.append(cur);
                cur = outer;
            } else {
                cur.append(ch);
            }
        }
        return cur.toString();
    }
}
