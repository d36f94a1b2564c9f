class RandomizedSet {
    private int[] items = new int[16]; // the elements, in no particular order
    private int size = 0;
    private final HashMap<Integer, Integer> where = new HashMap<>(); // value -> its index in items
    private final Random random = new Random();

    public RandomizedSet() {
    }

    public boolean insert(int val) {
        if (where.containsKey(val)) {
            return false;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        where.put(val, size);
        items[size++] = val;
        return true;
    }

    public boolean remove(int val) {
        Integer index = where.remove(val);
        if (index == null) {
            return false;
        }
        int last = items[--size];
        if (index < size) { // val was not the last element: move the last one into its slot
            items[index] = last;
            where.put(last, index);
        }
        return true;
    }

    public int getRandom() {
        return items[random.nextInt(size)];
    }
}
