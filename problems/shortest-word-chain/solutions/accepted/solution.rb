# @param {String} start
# @param {String} target
# @param {String[]} dictionary
# @return {Integer}
def shortest_word_chain(start, target, dictionary)
  # Words one change apart share a pattern with one letter replaced by '*'.
  # BFS over words, scanning each pattern's bucket only once.
  length = start.length
  buckets = Hash.new { |hash, key| hash[key] = [] }
  dictionary.each do |word|
    length.times do |i|
      pattern = word.dup
      pattern[i] = "*"
      buckets[pattern] << word
    end
  end
  buckets.default_proc = nil
  dist = { start => 0 }
  queue = [start]
  head = 0
  while head < queue.length
    word = queue[head]
    head += 1
    d = dist[word] + 1
    length.times do |i|
      pattern = word.dup
      pattern[i] = "*"
      bucket = buckets.delete(pattern)
      next if bucket.nil?
      bucket.each do |other|
        next if dist.key?(other)
        return d if other == target
        dist[other] = d
        queue << other
      end
    end
  end
  -1
end
