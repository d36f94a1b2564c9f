class TimeMap
    def initialize()
        @times = {}   # key -> its set timestamps, increasing
        @values = {}  # key -> the value of each of those versions
    end

    # @param {String} key
    # @param {String} value
    # @param {Integer} timestamp
    # @return {Void}
    def set(key, value, timestamp)
        times = @times[key]
        if times
            times << timestamp
            @values[key] << value
        else
            @times[key] = [timestamp]
            @values[key] = [value]
        end
        nil
    end

    # @param {String} key
    # @param {Integer} timestamp
    # @return {String}
    def get(key, timestamp)
        times = @times[key]
        return "" unless times
        i = times.bsearch_index { |t| t > timestamp } || times.size
        i.zero? ? "" : @values[key][i - 1]
    end
end
