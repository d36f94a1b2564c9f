class RandomizedSet
    def initialize()
        @items = [] # the elements, in no particular order
        @where = {} # value -> its index in @items
    end

    # @param {Integer} val
    # @return {Boolean}
    def insert(val)
        return false if @where.key?(val)
        @where[val] = @items.size
        @items.push(val)
        true
    end

    # @param {Integer} val
    # @return {Boolean}
    def remove(val)
        index = @where.delete(val)
        return false if index.nil?
        last = @items.pop
        if index < @items.size # val was not the last element: move the last one into its slot
            @items[index] = last
            @where[last] = index
        end
        true
    end

    # @return {Integer}
    def get_random()
        @items[rand(@items.size)]
    end
end
