class InMemoryDB
    def initialize()
        @records = {} # key -> {field => value}
    end

    # @param {String} key
    # @param {String} field
    # @param {String} value
    # @return {Void}
    def set(key, field, value)
        (@records[key] ||= {})[field] = value
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
        @records.delete(key) if record.empty?
        true
    end
end
