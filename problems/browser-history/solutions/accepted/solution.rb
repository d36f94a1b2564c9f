class BrowserHistory
    # @param {String} homepage
    def initialize(homepage)
        @pages = [homepage]  # @pages[0..@last] is the history; entries past @last are stale
        @current = 0
        @last = 0
    end

    # @param {String} url
    # @return {Void}
    def visit(url)
        @current += 1
        @pages[@current] = url
        @last = @current
        nil
    end

    # @param {Integer} steps
    # @return {String}
    def back(steps)
        @current = [0, @current - steps].max
        @pages[@current]
    end

    # @param {Integer} steps
    # @return {String}
    def forward(steps)
        @current = [@last, @current + steps].min
        @pages[@current]
    end
end
