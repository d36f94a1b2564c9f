# @param {Integer[]} codes
# @return {Integer}
def total_bit_differences(codes)
  # Bit by bit: a pair differs in this bit iff one code has it set and the other not, so the
  # answer is the sum over bits of ones * (n - ones). The ones per bit are counted from a
  # histogram of each code's four bytes: one pass over the codes instead of 31.
  n = codes.length
  t0 = Array.new(256, 0)
  t1 = Array.new(256, 0)
  t2 = Array.new(256, 0)
  t3 = Array.new(256, 0)
  codes.each do |x|
    t0[x & 255] += 1
    t1[(x >> 8) & 255] += 1
    t2[(x >> 16) & 255] += 1
    t3[x >> 24] += 1
  end
  total = 0
  [t0, t1, t2, t3].each do |table|
    8.times do |bit|
      ones = 0
      table.each_with_index { |count, value| ones += count if value[bit] == 1 }
      total += ones * (n - ones)
    end
  end
  total
end
