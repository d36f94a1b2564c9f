a, b = $stdin.read.split.map(&:to_i)
puts (a + b) / 0 # ZeroDivisionError
