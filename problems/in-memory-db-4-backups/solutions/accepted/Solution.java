class InMemoryDB {
    private static final long NEVER = Long.MAX_VALUE;

    private static final class Entry {
        final String value;
        final long expiry;  // the first moment the field is gone; NEVER without a TTL

        Entry(String value, long expiry) {
            this.value = value;
            this.expiry = expiry;
        }
    }

    private HashMap<String, HashMap<String, Entry>> records = new HashMap<>();
    // backups: the alive fields with, in place of the expiry, the lifetime left (NEVER stays NEVER)
    private final ArrayList<Integer> backupTimes = new ArrayList<>();
    private final ArrayList<HashMap<String, HashMap<String, Entry>>> backups = new ArrayList<>();

    public InMemoryDB() {
    }

    private void put(String key, String field, String value, long expiry) {
        records.computeIfAbsent(key, k -> new HashMap<>()).put(field, new Entry(value, expiry));
    }

    public void setAt(String key, String field, String value, int timestamp) {
        put(key, field, value, NEVER);
    }

    public void setAtWithTtl(String key, String field, String value, int timestamp, int ttl) {
        put(key, field, value, (long) timestamp + ttl);
    }

    public boolean deleteAt(String key, String field, int timestamp) {
        HashMap<String, Entry> record = records.get(key);
        if (record == null) return false;
        Entry e = record.remove(field);
        return e != null && e.expiry > timestamp;
    }

    public String getAt(String key, String field, int timestamp) {
        HashMap<String, Entry> record = records.get(key);
        if (record == null) return "";
        Entry e = record.get(field);
        return e != null && e.expiry > timestamp ? e.value : "";
    }

    private String[] scan(String key, String prefix, int timestamp) {
        HashMap<String, Entry> record = records.get(key);
        if (record == null) return new String[0];
        ArrayList<String> alive = new ArrayList<>();
        Iterator<Map.Entry<String, Entry>> it = record.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> item = it.next();
            if (item.getValue().expiry <= timestamp) it.remove();  // expired for good
            else if (item.getKey().startsWith(prefix)) alive.add(item.getKey());
        }
        Collections.sort(alive);
        String[] result = new String[alive.size()];
        for (int i = 0; i < result.length; i++) {
            String field = alive.get(i);
            result[i] = field + "(" + record.get(field).value + ")";
        }
        return result;
    }

    public String[] scanAt(String key, int timestamp) {
        return scan(key, "", timestamp);
    }

    public String[] scanByPrefixAt(String key, String prefix, int timestamp) {
        return scan(key, prefix, timestamp);
    }

    public int backup(int timestamp) {
        HashMap<String, HashMap<String, Entry>> saved = new HashMap<>();
        for (Map.Entry<String, HashMap<String, Entry>> r : records.entrySet()) {
            HashMap<String, Entry> alive = new HashMap<>();
            for (Map.Entry<String, Entry> f : r.getValue().entrySet()) {
                Entry e = f.getValue();
                if (e.expiry == NEVER) alive.put(f.getKey(), e);
                else if (e.expiry > timestamp) alive.put(f.getKey(), new Entry(e.value, e.expiry - timestamp));
            }
            if (!alive.isEmpty()) saved.put(r.getKey(), alive);
        }
        backupTimes.add(timestamp);
        backups.add(saved);
        return saved.size();
    }

    public void restore(int timestamp, int timestampToRestore) {
        int lo = 0, hi = backupTimes.size();  // the first backup later than timestampToRestore
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (backupTimes.get(mid) <= timestampToRestore) lo = mid + 1;
            else hi = mid;
        }
        HashMap<String, HashMap<String, Entry>> saved = backups.get(lo - 1);
        records = new HashMap<>();
        for (Map.Entry<String, HashMap<String, Entry>> r : saved.entrySet()) {
            HashMap<String, Entry> record = new HashMap<>();
            for (Map.Entry<String, Entry> f : r.getValue().entrySet()) {
                Entry e = f.getValue();
                record.put(f.getKey(), e.expiry == NEVER ? e : new Entry(e.value, timestamp + e.expiry));
            }
            records.put(r.getKey(), record);
        }
    }
}
