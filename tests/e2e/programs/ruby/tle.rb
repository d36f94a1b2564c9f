a, b = $stdin.read.split.map(&:to_i)
x = 0
x += 1 while true
puts a + b
