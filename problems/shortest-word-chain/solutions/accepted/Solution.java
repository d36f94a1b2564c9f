class Solution {
    public int shortestWordChain(String start, String target, String[] dictionary) {
        int length = start.length();
        HashMap<String, List<String>> buckets = new HashMap<>();
        for (String word : dictionary) {
            char[] chars = word.toCharArray();
            for (int i = 0; i < length; i++) {
                char keep = chars[i];
                chars[i] = '*';
                buckets.computeIfAbsent(new String(chars), k -> new ArrayList<>()).add(word);
                chars[i] = keep;
            }
        }
        HashMap<String, Integer> dist = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        dist.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String word = queue.poll();
            int d = dist.get(word) + 1;
            char[] chars = word.toCharArray();
            for (int i = 0; i < length; i++) {
                char keep = chars[i];
                chars[i] = '*';
                List<String> bucket = buckets.remove(new String(chars));
                chars[i] = keep;
                if (bucket == null) continue;
                for (String other : bucket) {
                    if (dist.containsKey(other)) continue;
                    if (other.equals(target)) return d;
                    dist.put(other, d);
                    queue.add(other);
                }
            }
        }
        return -1;
    }
}
