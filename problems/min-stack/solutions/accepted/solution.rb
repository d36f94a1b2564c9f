class MinStack
    def initialize()
        @items = []
        @mins = [] # mins[i]: the smallest of items[0..i]
    end

    # @param {Integer} val
    # @return {Void}
    def push(val)
        @items.push(val)
        @mins.push(@mins.empty? || val < @mins[-1] ? val : @mins[-1])
    end

    # @return {Void}
    def pop()
        @items.pop
        @mins.pop
    end

    # @return {Integer}
    def top()
        @items[-1]
    end

    # @return {Integer}
    def get_min()
        @mins[-1]
    end
end
