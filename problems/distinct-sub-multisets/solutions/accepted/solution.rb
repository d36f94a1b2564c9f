# @param {Integer[]} marbles
# @return {Integer[][]}
def distinct_handfuls(marbles)
  # Build the handfuls value by value: for each distinct number, take it 0..c times.
  handfuls = [[]]
  marbles.tally.sort.each do |value, count|
    extended = []
    handfuls.each do |base|
      extended << base
      (1..count).each { |k| extended << base + [value] * k }
    end
    handfuls = extended
  end
  handfuls
end
