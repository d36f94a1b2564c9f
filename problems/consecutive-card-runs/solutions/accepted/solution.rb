# @param {Integer[]} cards
# @param {Integer} runLength
# @return {Boolean}
def can_form_runs(cards, runLength)
  return false if cards.length % runLength != 0
  counts = cards.tally
  values = counts.keys.sort
  amount = values.map { |v| counts[v] }
  n = values.length
  # Greedy: the smallest remaining card must start a run; start as many runs there
  # as there are copies of it, and take them out of the next runLength - 1 values.
  i = 0
  while i < n
    need = amount[i]
    if need > 0
      return false if i + runLength > n || values[i + runLength - 1] - values[i] != runLength - 1
      j = i
      stop = i + runLength
      while j < stop
        return false if amount[j] < need
        amount[j] -= need
        j += 1
      end
    end
    i += 1
  end
  true
end
