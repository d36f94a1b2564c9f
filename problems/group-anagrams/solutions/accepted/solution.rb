# @param {String[]} words
# @return {String[][]}
def group_anagrams(words)
  # Words of one family have the same letters once sorted: group them by that key.
  words.group_by { |word| word.bytes.sort! }.values
end
