class InMemoryDB
    def initialize()
        @records = {} # key -> {field => value}
        @order = {} # key -> its fields sorted; absent while stale
    end

    # @param {String} key
    # @param {String} field
    # @param {String} value
    # @return {Void}
    def set(key, field, value)
        record = (@records[key] ||= {})
        @order.delete(key) unless record.key?(field)
        record[field] = value
    end

    # @param {String} key
    # @param {String} field
    # @return {String}
    def get(key, field)
        record = @records[key]
        return "" if record.nil?
        record.fetch(field, "")
    end

    # @param {String} key
    # @param {String} field
    # @return {Boolean}
    def delete_field(key, field)
        record = @records[key]
        return false if record.nil? || !record.key?(field)
        record.delete(field)
        @order.delete(key)
        @records.delete(key) if record.empty?
        true
    end

    # @param {String} key
    # @return {String[]}
    def scan(key)
        scan_by_prefix(key, "")
    end

    # @param {String} key
    # @param {String} prefix
    # @return {String[]}
    def scan_by_prefix(key, prefix)
        record = @records[key]
        return [] if record.nil?
        order = (@order[key] ||= record.keys.sort)
        i = order.bsearch_index { |field| field >= prefix } || order.length
        result = []
        while i < order.length && order[i].start_with?(prefix)
            result << "#{order[i]}(#{record[order[i]]})"
            i += 1
        end
        result
    end
end
