# @param {Character[][]} crate
# @return {Integer}
def minutes_until_spoiled(crate)
  # Multi-source BFS on a flat grid: cell r * cols + c.
  rows = crate.length
  cols = crate[0].length
  fruit = Array.new(rows * cols, false)
  time = Array.new(rows * cols, -1)
  queue = []
  fresh = 0
  rows.times do |r|
    row = crate[r]
    base = r * cols
    cols.times do |c|
      case row[c]
      when "M"
        time[base + c] = 0
        queue << base + c
      when "F"
        fruit[base + c] = true
        fresh += 1
      end
    end
  end
  last = 0
  head = 0
  while head < queue.length
    cell = queue[head]
    head += 1
    t = time[cell] + 1
    r, c = cell.divmod(cols)
    if r > 0 && fruit[cell - cols] && time[cell - cols] < 0
      time[cell - cols] = t
      fresh -= 1
      last = t
      queue << cell - cols
    end
    if r + 1 < rows && fruit[cell + cols] && time[cell + cols] < 0
      time[cell + cols] = t
      fresh -= 1
      last = t
      queue << cell + cols
    end
    if c > 0 && fruit[cell - 1] && time[cell - 1] < 0
      time[cell - 1] = t
      fresh -= 1
      last = t
      queue << cell - 1
    end
    if c + 1 < cols && fruit[cell + 1] && time[cell + 1] < 0
      time[cell + 1] = t
      fresh -= 1
      last = t
      queue << cell + 1
    end
  end
  fresh.zero? ? last : -1
end
