class HitCounter
    def initialize()
        @seconds = []  # a queue of seconds, oldest first, from index @head on
        @counts = []   # hits in each of those seconds
        @head = 0
        @total = 0
    end

    # @param {Integer} timestamp
    # @return {Void}
    def hit(timestamp)
        expire(timestamp)
        if @head < @seconds.size && @seconds[-1] == timestamp
            @counts[-1] += 1
        else
            @seconds << timestamp
            @counts << 1
        end
        @total += 1
        nil
    end

    # @param {Integer} timestamp
    # @return {Integer}
    def get_hits(timestamp)
        expire(timestamp)
        @total
    end

    private

    def expire(timestamp)
        while @head < @seconds.size && @seconds[@head] <= timestamp - 300
            @total -= @counts[@head]
            @head += 1
        end
    end
end
