# @param {Integer[]} nums
# @param {Integer} k
# @return {Float}
def find_max_average(nums, k)
  # Dinkelbach's method. For a guess m, the spell of length >= k maximising
  # sum(nums[i] - m) is found with prefix sums Q[i] = P[i] - m * i and a running
  # minimum of Q; if that spell's average beats m, it becomes the next guess,
  # otherwise m is the answer. The guesses climb very quickly (a handful of rounds).
  n = nums.length
  prefix = Array.new(n + 1, 0)
  i = 0
  while i < n
    prefix[i + 1] = prefix[i] + nums[i]
    i += 1
  end
  m = prefix[k].fdiv(k) # the average of the first k days: a feasible start
  loop do
    # best spell: maximise Q[j] - min(Q[0..j-k]) over j >= k
    low = 0.0 # Q[0]
    low_at = 0
    best = -Float::INFINITY
    best_i = best_j = 0
    j = k
    while j <= n
      t = j - k
      q = prefix[t] - m * t
      if q < low
        low = q
        low_at = t
      end
      gain = prefix[j] - m * j - low
      if gain > best
        best = gain
        best_i = low_at
        best_j = j
      end
      j += 1
    end
    better = (prefix[best_j] - prefix[best_i]).fdiv(best_j - best_i)
    return m if better <= m
    m = better
  end
end
