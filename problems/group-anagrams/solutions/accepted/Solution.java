class Solution {
    public String[][] groupAnagrams(String[] words) {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String word : words) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            families.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(word);
        }
        String[][] groups = new String[families.size()][];
        int i = 0;
        for (List<String> group : families.values()) groups[i++] = group.toArray(new String[0]);
        return groups;
    }
}
