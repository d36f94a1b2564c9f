# @param {String} s
# @return {String}
def decode_string(s)
  # stack of [pieces of the enclosing message so far, count of the open group]
  stack = []
  pieces = +""
  count = 0
  s.each_char do |ch|
    if ch >= "0" && ch <= "9"
      count = count * 10 + ch.ord - 48
    elsif ch == "["
      stack << [pieces, count]
      pieces = +""
      count = 0
    elsif ch == "]"
      inner = pieces
      pieces, k = stack.pop
      pieces << inner * k
    else
      pieces << ch
    end
  end
  pieces
end
