class Autocomplete {
    private static final class Node {
        final HashMap<Character, Node> kids = new HashMap<>();
        final ArrayList<String> top = new ArrayList<>(4);  // the best sentences below, best first
    }

    private final HashMap<String, Integer> count = new HashMap<>();
    private final Node root = new Node();

    public Autocomplete() {
    }

    private boolean better(String a, int ca, String b) {
        int cb = count.get(b);
        return ca > cb || (ca == cb && a.compareTo(b) < 0);
    }

    public void record(String sentence) {
        int c = count.merge(sentence, 1, Integer::sum);
        Node node = root;
        for (int k = 0; k < sentence.length(); k++) {
            node = node.kids.computeIfAbsent(sentence.charAt(k), ch -> new Node());
            ArrayList<String> top = node.top;
            int i = top.indexOf(sentence);
            if (i < 0) {
                if (top.size() < 3) {
                    top.add(sentence);
                    i = top.size() - 1;
                } else if (better(sentence, c, top.get(2))) {
                    top.set(2, sentence);
                    i = 2;
                } else {
                    continue;
                }
            }
            while (i > 0 && better(sentence, c, top.get(i - 1))) {
                top.set(i, top.get(i - 1));
                top.set(i - 1, sentence);
                i--;
            }
        }
    }

    public String[] suggest(String prefix) {
        Node node = root;
        for (int k = 0; k < prefix.length() && node != null; k++) node = node.kids.get(prefix.charAt(k));
        return node == null ? new String[0] : node.top.toArray(new String[0]);
    }
}
