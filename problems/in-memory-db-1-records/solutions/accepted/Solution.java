class InMemoryDB {
    private final HashMap<String, HashMap<String, String>> records = new HashMap<>();

    public InMemoryDB() {
    }

    public void set(String key, String field, String value) {
        records.computeIfAbsent(key, k -> new HashMap<>()).put(field, value);
    }

    public String get(String key, String field) {
        HashMap<String, String> record = records.get(key);
        if (record == null) {
            return "";
        }
        return record.getOrDefault(field, "");
    }

    public boolean deleteField(String key, String field) {
        HashMap<String, String> record = records.get(key);
        if (record == null || record.remove(field) == null) {
            return false;
        }
        if (record.isEmpty()) {
            records.remove(key);
        }
        return true;
    }
}
