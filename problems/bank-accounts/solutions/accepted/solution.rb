class Bank
    # Totals sent only grow, and only the sender's total changes in a transfer. So the ten best
    # senders can be kept directly: when an account's total grows it either moves within the
    # list, or enters it and pushes the tenth one out. No other account can enter.
    KEEP = 10

    def initialize()
        @balance = {}
        @sent = {}  # only accounts that have sent
        @best = []  # up to KEEP entries [-total, id], sorted: largest total, then smallest id
    end

    # @param {String} account_id
    # @return {Boolean}
    def create_account(account_id)
        return false if @balance.key?(account_id)
        @balance[account_id] = 0
        true
    end

    # @param {String} account_id
    # @param {Integer} amount
    # @return {Integer}
    def deposit(account_id, amount)
        b = @balance[account_id]
        return -1 unless b
        @balance[account_id] = b + amount
    end

    # @param {String} from_id
    # @param {String} to_id
    # @param {Integer} amount
    # @return {Integer}
    def transfer(from_id, to_id, amount)
        return -1 if from_id == to_id
        from = @balance[from_id]
        to = @balance[to_id]
        return -1 if from.nil? || to.nil? || from < amount
        @balance[to_id] = to + amount
        total = (@sent[from_id] || 0) + amount
        @sent[from_id] = total
        key = [-total, from_id]
        best = @best
        i = best.index { |e| e[1] == from_id }
        if i
            best[i] = key
            best.sort!
        elsif best.size < KEEP || (key <=> best[-1]) < 0
            best << key
            best.sort!
            best.pop if best.size > KEEP
        end
        @balance[from_id] = from - amount
    end

    # @param {Integer} n
    # @return {String[]}
    def top_spenders(n)
        @best.first(n).map { |key, id| "#{id}(#{-key})" }
    end
end
