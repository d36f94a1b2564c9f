class Solution {
public:
    long long totalBitDifferences(vector<int>& codes) {
        long long n = codes.size(), total = 0;
        for (int bit = 0; bit < 31; bit++) {
            long long ones = 0;
            for (int c : codes) ones += (c >> bit) & 1;
            total += ones * (n - ones);
        }
        return total;
    }
};
