class FileSystem
    # A tree of nodes [value, {name => child node}], plus a hash from each existing path to its
    # node, so that a path is found in one lookup instead of a walk from the root.
    def initialize()
        @root = [0, {}]
        @nodes = {}
    end

    def parent_of(path, cut)
        cut.zero? ? @root : @nodes[path[0, cut]]
    end

    # @param {String} path
    # @param {Integer} value
    # @return {Boolean}
    def create_path(path, value)
        return false if @nodes.key?(path)
        cut = path.rindex("/")
        parent = parent_of(path, cut)
        return false unless parent
        node = [value, {}]
        parent[1][path[cut + 1..]] = node
        @nodes[path] = node
        true
    end

    # @param {String} path
    # @return {Integer}
    def get(path)
        node = @nodes[path]
        node ? node[0] : -1
    end

    # @param {String} path
    # @return {String[]}
    def list(path)
        node = path == "/" ? @root : @nodes[path]
        node[1].keys.sort
    end

    # @param {String} path
    # @return {Integer}
    def remove(path)
        node = @nodes.delete(path)
        return 0 unless node
        cut = path.rindex("/")
        parent_of(path, cut)[1].delete(path[cut + 1..])
        stack = [[path, node]]
        count = 0
        until stack.empty?
            p, n = stack.pop
            count += 1
            n[1].each do |name, kid|
                q = "#{p}/#{name}"
                @nodes.delete(q)
                stack << [q, kid]
            end
        end
        count
    end
end
