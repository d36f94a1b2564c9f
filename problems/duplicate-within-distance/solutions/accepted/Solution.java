class Solution {
    public boolean containsNearbyDuplicate(int[] nums, int k) {
        // a sliding window of the last k values
        Set<Integer> window = new HashSet<>();
        for (int j = 0; j < nums.length; j++) {
            if (j > k) window.remove(nums[j - k - 1]);
            if (!window.add(nums[j])) return true;
        }
        return false;
    }
}
