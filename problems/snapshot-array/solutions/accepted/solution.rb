class SnapshotArray
    # @param {Integer} length
    def initialize(length)
        @snaps = 0
        # Per position its history: the snap ids at which it changed (increasing) and the values.
        @ids = Array.new(length) { [] }
        @vals = Array.new(length) { [] }
    end

    # @param {Integer} index
    # @param {Integer} val
    # @return {Void}
    def set(index, val)
        ids = @ids[index]
        if !ids.empty? && ids[-1] == @snaps
            @vals[index][-1] = val
        else
            ids.push(@snaps)
            @vals[index].push(val)
        end
    end

    # @return {Integer}
    def snap()
        @snaps += 1
        @snaps - 1
    end

    # @param {Integer} index
    # @param {Integer} snap_id
    # @return {Integer}
    def get(index, snap_id)
        ids = @ids[index]
        i = ids.bsearch_index { |s| s > snap_id } || ids.size # the first change after snap_id
        i == 0 ? 0 : @vals[index][i - 1]
    end
end
