class LFUCache
    # @param {Integer} capacity
    def initialize(capacity)
        @capacity = capacity
        @values = {}   # key -> value
        @counts = {}   # key -> use count
        @buckets = {}  # use count -> Hash of its keys (insertion order: least recently used first)
        @min_count = 0
    end

    def touch(key)
        count = @counts[key]
        bucket = @buckets[count]
        bucket.delete(key)
        if bucket.empty?
            @buckets.delete(count)
            @min_count = count + 1 if @min_count == count
        end
        @counts[key] = count + 1
        (@buckets[count + 1] ||= {})[key] = true
    end

    # @param {Integer} key
    # @return {Integer}
    def get(key)
        value = @values[key]
        return -1 if value.nil?
        touch(key)
        value
    end

    # @param {Integer} key
    # @param {Integer} value
    # @return {Void}
    def put(key, value)
        if @values.key?(key)
            @values[key] = value
            touch(key)
            return nil
        end
        if @values.size == @capacity
            bucket = @buckets[@min_count]
            victim, _ = bucket.shift
            @buckets.delete(@min_count) if bucket.empty?
            @values.delete(victim)
            @counts.delete(victim)
        end
        @values[key] = value
        @counts[key] = 1
        (@buckets[1] ||= {})[key] = true
        @min_count = 1
        nil
    end
end
