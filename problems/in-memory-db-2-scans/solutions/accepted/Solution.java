class InMemoryDB {
    // key -> its fields in order; subMap(prefix, prefix + '{') is the run of fields starting with
    // prefix, since '{' comes right after 'z' and every name is lowercase letters and digits
    private final HashMap<String, TreeMap<String, String>> records = new HashMap<>();

    public InMemoryDB() {
    }

    public void set(String key, String field, String value) {
        records.computeIfAbsent(key, k -> new TreeMap<>()).put(field, value);
    }

    public String get(String key, String field) {
        TreeMap<String, String> record = records.get(key);
        if (record == null) {
            return "";
        }
        return record.getOrDefault(field, "");
    }

    public boolean deleteField(String key, String field) {
        TreeMap<String, String> record = records.get(key);
        if (record == null || record.remove(field) == null) {
            return false;
        }
        if (record.isEmpty()) {
            records.remove(key);
        }
        return true;
    }

    private static String[] format(Map<String, String> fields) {
        String[] result = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            result[i++] = e.getKey() + "(" + e.getValue() + ")";
        }
        return result;
    }

    public String[] scan(String key) {
        TreeMap<String, String> record = records.get(key);
        return record == null ? new String[0] : format(record);
    }

    public String[] scanByPrefix(String key, String prefix) {
        TreeMap<String, String> record = records.get(key);
        return record == null ? new String[0] : format(record.subMap(prefix, true, prefix + "{", false));
    }
}
