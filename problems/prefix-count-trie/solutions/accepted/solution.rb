class PrefixTrie
    # A node is [children (letter -> node), words going through it, words ending at it].
    def initialize()
        @root = [{}, 0, 0]
    end

    def find(s)
        node = @root
        s.each_char do |ch|
            node = node[0][ch]
            return nil if node.nil?
        end
        node
    end

    # @param {String} word
    # @return {Void}
    def insert(word)
        node = @root
        word.each_char do |ch|
            node = (node[0][ch] ||= [{}, 0, 0])
            node[1] += 1
        end
        node[2] += 1
        nil
    end

    # @param {String} word
    # @return {Integer}
    def count_word(word)
        node = find(word)
        node ? node[2] : 0
    end

    # @param {String} prefix
    # @return {Integer}
    def count_prefix(prefix)
        node = find(prefix)
        node ? node[1] : 0
    end

    # @param {String} word
    # @return {Void}
    def erase(word)
        node = @root
        word.each_char do |ch|
            node = node[0][ch]
            node[1] -= 1
        end
        node[2] -= 1
        nil
    end
end
