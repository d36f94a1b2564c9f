class LRUCache
    # @param {Integer} capacity
    def initialize(capacity)
        @capacity = capacity
        @entries = {} # a Hash keeps insertion order: least recently used first
    end

    # @param {Integer} key
    # @return {Integer}
    def get(key)
        return -1 unless @entries.key?(key)
        value = @entries.delete(key)
        @entries[key] = value
        value
    end

    # @param {Integer} key
    # @param {Integer} value
    # @return {Void}
    def put(key, value)
        if @entries.key?(key)
            @entries.delete(key)
        elsif @entries.size == @capacity
            @entries.shift
        end
        @entries[key] = value
    end
end
