class TokenBucketLimiter
    # @param {Integer} capacity
    # @param {Integer} refill_ms
    def initialize(capacity, refill_ms)
        @capacity = capacity
        @refill = refill_ms
        # client -> [first request time, tokens, refill moments counted so far]
        @buckets = {}
    end

    # @param {String} client
    # @param {Integer} time_ms
    # @param {Integer} cost
    # @return {Boolean}
    def allow(client, time_ms, cost)
        b = @buckets[client]
        if b
            update(b, time_ms)
        else
            b = @buckets[client] = [time_ms, @capacity, 0]
        end
        if b[1] >= cost
            b[1] -= cost
            true
        else
            false
        end
    end

    # @param {String} client
    # @param {Integer} time_ms
    # @return {Integer}
    def tokens(client, time_ms)
        b = @buckets[client]
        return @capacity unless b
        update(b, time_ms)
        b[1]
    end

    private

    def update(b, time_ms)
        done = (time_ms - b[0]) / @refill
        if done != b[2]
            b[1] = [@capacity, b[1] + done - b[2]].min
            b[2] = done
        end
    end
end
