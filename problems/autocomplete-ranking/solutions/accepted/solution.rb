class Autocomplete
    # A trie whose nodes are [{char => child}, top sentences best first].
    def initialize()
        @count = Hash.new(0)
        @root = [{}, []]
    end

    # @param {String} sentence
    # @return {Void}
    def record(sentence)
        count = @count
        c = (count[sentence] += 1)
        node = @root
        sentence.each_char do |ch|
            node = (node[0][ch] ||= [{}, []])
            top = node[1]
            i = top.index(sentence)
            unless i
                if top.size < 3
                    top << sentence
                    i = top.size - 1
                else
                    last = top[2]
                    cl = count[last]
                    next unless c > cl || (c == cl && sentence < last)
                    top[2] = sentence
                    i = 2
                end
            end
            while i > 0
                prev = top[i - 1]
                cp = count[prev]
                break unless c > cp || (c == cp && sentence < prev)
                top[i - 1] = sentence
                top[i] = prev
                i -= 1
            end
        end
        nil
    end

    # @param {String} prefix
    # @return {String[]}
    def suggest(prefix)
        node = @root
        prefix.each_char do |ch|
            node = node[0][ch]
            return [] unless node
        end
        node[1].dup
    end
end
