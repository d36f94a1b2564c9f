# @param {String} draft
# @param {String} revision
# @return {Integer}
def longest_common_subsequence(draft, revision)
  first = draft.bytes
  second = revision.bytes
  first, second = second, first if first.length < second.length
  m = second.length
  prev = Array.new(m + 1, 0)
  cur = Array.new(m + 1, 0)
  first.each do |ch|
    left = 0
    j = 0
    while j < m
      if ch == second[j]
        left = prev[j] + 1
      else
        up = prev[j + 1]
        left = up if up > left
      end
      j += 1
      cur[j] = left
    end
    prev, cur = cur, prev
  end
  prev[m]
end
