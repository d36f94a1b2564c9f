class Bank {
    private static final class Entry {
        final long total;
        final String id;

        Entry(long total, String id) {
            this.total = total;
            this.id = id;
        }
    }

    private final HashMap<String, Long> balance = new HashMap<>();
    private final HashMap<String, Long> sent = new HashMap<>();  // only accounts that have sent
    // largest total first, then the smaller id; an entry is stale once its total is not sent[id]
    private final PriorityQueue<Entry> heap = new PriorityQueue<>((a, b) ->
        a.total != b.total ? Long.compare(b.total, a.total) : a.id.compareTo(b.id));

    public Bank() {
    }

    public boolean createAccount(String accountId) {
        return balance.putIfAbsent(accountId, 0L) == null;
    }

    public long deposit(String accountId, long amount) {
        Long b = balance.get(accountId);
        if (b == null) return -1;
        balance.put(accountId, b + amount);
        return b + amount;
    }

    public long transfer(String fromId, String toId, long amount) {
        if (fromId.equals(toId)) return -1;
        Long from = balance.get(fromId), to = balance.get(toId);
        if (from == null || to == null || from < amount) return -1;
        balance.put(fromId, from - amount);
        balance.put(toId, to + amount);
        long total = sent.getOrDefault(fromId, 0L) + amount;
        sent.put(fromId, total);
        heap.add(new Entry(total, fromId));
        return from - amount;
    }

    public String[] topSpenders(int n) {
        List<Entry> taken = new ArrayList<>();
        while (!heap.isEmpty() && taken.size() < n) {
            Entry e = heap.poll();
            if (sent.get(e.id) == e.total) taken.add(e);
        }
        String[] result = new String[taken.size()];
        for (int i = 0; i < taken.size(); i++) {
            Entry e = taken.get(i);
            result[i] = e.id + "(" + e.total + ")";
            heap.add(e);
        }
        return result;
    }
}
