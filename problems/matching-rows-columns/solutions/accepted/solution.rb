# @param {Integer[][]} grid
# @return {Integer}
def equal_pairs(grid)
  rows = grid.tally
  grid.transpose.sum { |column| rows[column] || 0 }
end
