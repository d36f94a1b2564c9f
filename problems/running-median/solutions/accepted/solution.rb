# A binary min-heap of integers; the lower half is stored negated so that it acts as a max-heap.
class MinHeap
    def initialize
        @a = []
    end

    def size
        @a.size
    end

    def peek
        @a[0]
    end

    def push(x)
        a = @a
        i = a.size
        a.push(x)
        while i > 0
            p = (i - 1) >> 1
            break if a[p] <= x
            a[i] = a[p]
            i = p
        end
        a[i] = x
    end

    def pop
        a = @a
        top = a[0]
        last = a.pop
        n = a.size
        if n > 0
            i = 0
            loop do
                c = 2 * i + 1
                break if c >= n
                c += 1 if c + 1 < n && a[c + 1] < a[c]
                break if a[c] >= last
                a[i] = a[c]
                i = c
            end
            a[i] = last
        end
        top
    end
end

class MedianTracker
    def initialize()
        @low = MinHeap.new  # the lower half, negated: as many values as @high or one more
        @high = MinHeap.new # the upper half
    end

    # @param {Integer} num
    # @return {Void}
    def add(num)
        if @low.size > 0 && num > -@low.peek
            @high.push(num)
            @low.push(-@high.pop) if @high.size > @low.size
        else
            @low.push(-num)
            @high.push(-@low.pop) if @low.size > @high.size + 1
        end
    end

    # @return {Float}
    def median()
        return (-@low.peek).to_f if @low.size > @high.size
        (@high.peek - @low.peek) / 2.0
    end
end
