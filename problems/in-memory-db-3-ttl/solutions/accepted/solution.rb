class InMemoryDB
    def initialize()
        @records = {}  # key -> {field => [value, expiry]}; expiry nil without a TTL
    end

    def set_at(key, field, value, timestamp)
        (@records[key] ||= {})[field] = [value, nil]
        nil
    end

    def set_at_with_ttl(key, field, value, timestamp, ttl)
        (@records[key] ||= {})[field] = [value, timestamp + ttl]
        nil
    end

    def delete_at(key, field, timestamp)
        record = @records[key]
        return false unless record
        e = record.delete(field)
        !e.nil? && (e[1].nil? || e[1] > timestamp)
    end

    def get_at(key, field, timestamp)
        record = @records[key]
        return "" unless record
        e = record[field]
        return "" if e.nil? || (e[1] && e[1] <= timestamp)
        e[0]
    end

    def scan_at(key, timestamp)
        scan(key, "", timestamp)
    end

    def scan_by_prefix_at(key, prefix, timestamp)
        scan(key, prefix, timestamp)
    end

    private

    def scan(key, prefix, timestamp)
        record = @records[key]
        return [] unless record
        record.delete_if { |_, e| e[1] && e[1] <= timestamp }  # expired for good
        alive = record.keys.select { |field| field.start_with?(prefix) }
        alive.sort!
        alive.map { |field| "#{field}(#{record[field][0]})" }
    end
end
