# @param {String} s
# @param {Character} c
# @return {Integer[]}
def shortest_to_char(s, c)
  n = s.length
  bytes = s.bytes
  target = c.ord
  d = Array.new(n, 0)
  # left to right: distance to the nearest c at or before i
  last = -2 * n
  i = 0
  while i < n
    last = i if bytes[i] == target
    d[i] = i - last
    i += 1
  end
  # right to left: distance to the nearest c at or after i
  last = 3 * n
  i = n - 1
  while i >= 0
    last = i if bytes[i] == target
    d[i] = last - i if last - i < d[i]
    i -= 1
  end
  d
end
