a, b = $stdin.read.split.map(&:to_i)
def add(x, y)
  x + y
puts add(a, b)
