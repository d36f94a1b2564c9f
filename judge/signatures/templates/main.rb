# The judge's Ruby harness (a template: the signature or the design goes where the marker is): a
# function problem's method called once, or a design problem's class driven by its operations.
# The user's solution.rb is loaded as a file of its own, so errors name its lines. LeetCode's Ruby
# names methods in snake_case (twoSum is two_sum); the name as written works too.
# @@SIGNATURE@@
require "json"

MAX_NODES = 1_000_000

class ListNode
  attr_accessor :val, :next

  def initialize(val = 0, _next = nil)
    @val = val
    @next = _next
  end
end

class TreeNode
  attr_accessor :val, :left, :right

  def initialize(val = 0, left = nil, right = nil)
    @val = val
    @left = left
    @right = right
  end
end

def judge_to_list(values)
  head = nil
  values.reverse_each { |value| head = ListNode.new(value, head) }
  head
end

def judge_to_tree(values)
  return nil if values.empty?
  nodes = values.map { |value| value.nil? ? nil : TreeNode.new(value) }
  child = 1
  nodes.each do |node|
    break if child >= nodes.length
    next if node.nil?
    node.left = nodes[child]
    child += 1
    node.right = nodes[child] if child < nodes.length
    child += 1
  end
  nodes[0]
end

def judge_from_list(node)
  values = []
  until node.nil?
    raise "the returned list has more than 10^6 nodes: is there a cycle?" if values.length >= MAX_NODES
    values << node.val
    node = node.next
  end
  values
end

def judge_from_tree(root)
  queue = [root]
  index = 0
  while index < queue.length
    raise "the returned tree has more than 10^6 nodes: is there a cycle?" if queue.length > 2 * MAX_NODES + 1
    node = queue[index]
    index += 1
    queue.push(node.left, node.right) unless node.nil?
  end
  queue.pop while !queue.empty? && queue[-1].nil?
  queue.map { |node| node.nil? ? nil : node.val }
end

def judge_convert(value, base, depth, to_user)
  if depth > 0
    return nil if value.nil?
    # Not an array where one is declared: passed on as it is, for the judge's type check to name.
    return value unless value.is_a?(Array)
    return value.map { |item| judge_convert(item, base, depth - 1, to_user) }
  end
  case base
  when "ListNode" then to_user ? judge_to_list(value) : judge_from_list(value)
  when "TreeNode" then to_user ? judge_to_tree(value) : judge_from_tree(value)
  when "double" then !to_user && value.is_a?(Integer) ? value.to_f : value
  else value
  end
end

# A returned value as JSON of its declared type; the user's fault (exit 1) when it cannot be one.
def judge_encode(value, returns, what)
  # The common case, an integer, without JSON's machinery: 2·10^5 calls of a design problem.
  return value.to_s if value.is_a?(Integer) && returns[1].zero? && (returns[0] == "int" || returns[0] == "long")
  JSON.generate(judge_convert(value, returns[0], returns[1], false))
rescue StandardError => error
  $stderr.puts "judge: #{what} returned #{value.class}, expected #{returns[2]}: #{error.message}"
  exit 1
end

def judge_snake(name)
  name.gsub(/([a-z\d])([A-Z])/, '\1_\2').downcase
end

def judge_typed(values, params)
  values.each_with_index.map { |value, i| judge_convert(value, params[i][0], params[i][1], true) }
end

def judge_call_function(lines)
  arguments = PARAMS.each_with_index.map { |(base, depth), i| judge_convert(JSON.parse(lines[i]), base, depth, true) }
  load File.expand_path("solution.rb")
  name = [judge_snake(FUNCTION), FUNCTION].find { |candidate| respond_to?(candidate, true) }
  if name.nil?
    $stderr.puts "judge: define the method #{judge_snake(FUNCTION)}"
    exit 1
  end
  judge_encode(send(name, *arguments), RETURNS, FUNCTION)
end

# Tells the judge, every 5 ms, which call of a design test is running ("\x1e<secret>@<index>", 0 the
# constructor): a run killed at a limit, even inside one call that never returns, still says where
# it was. A thread cannot do it here (every Ruby thread gets a VM stack as large as the stack limit,
# so a second one does not fit), so a forked child, made before the user's code loads, sends
# SIGUSR1 every 5 ms and the handler, which Ruby runs between instructions, writes the index.
class JudgeProgress
  attr_writer :index

  def initialize(result, secret)
    @index = 0
    @reported = -1
    @stopped = false
    prefix = "\x1e#{secret}@"
    trap("USR1") do
      unless @stopped || @index == @reported
        @reported = @index
        result.syswrite("#{prefix}#{@index}\n")
      end
    end
    parent = Process.pid
    @ticker = fork do
      loop do
        sleep 0.005
        Process.kill(:USR1, parent)
      end
    rescue StandardError # the parent is gone
      exit!(0)
    end
  end

  def stop
    @stopped = true
    Process.kill(:KILL, @ticker)
    Process.wait(@ticker)
  end
end

# Whether values of these [base, depth] types pass between JSON and the user's code as they are: no
# nodes to build, no integer to widen to a double. Most calls of most designs are plain, and
# skipping judge_convert for them is most of what makes a call cheap.
def judge_plain?(types)
  types.all? { |base, _| base != "ListNode" && base != "TreeNode" && base != "double" }
end

# A design problem: construct the class with the first operation's arguments, call the others in
# order, and return what each returned (null for the constructor and for void methods).
def judge_drive_object(lines, progress)
  names = JSON.parse(lines[0])
  calls = JSON.parse(lines[1])
  load File.expand_path("solution.rb")
  unless Object.const_defined?(CLASS) && Object.const_get(CLASS).is_a?(Class)
    $stderr.puts "judge: define class #{CLASS}"
    exit 1
  end
  # Per method: its params, its return type, and whether each passes as is. Only a scalar return
  # is kept as it is (a string copied: Ruby's strings change in place); a list is encoded when it
  # comes back, since the object could still change it.
  table = METHODS.transform_values do |params, returns|
    [params, returns, judge_plain?(params), returns.nil? || (returns[1].zero? && judge_plain?([returns]))]
  end
  values = [nil] # what each call returned, encoded once at the end; JSONText when already encoded
  index = 0
  resolved = {} # operation -> the method that answers it, looked up once
  begin
    object = Object.const_get(CLASS).new(*judge_typed(calls[0], CONSTRUCTOR))
    (1...names.length).each do |i|
      index = i
      progress.index = i
      operation = names[i]
      params, returns, plain_params, plain_returns = table[operation]
      name = resolved[operation] ||= [judge_snake(operation), operation].find { |candidate| object.respond_to?(candidate) }
      if name.nil?
        $stderr.puts "judge: #{CLASS} has no method #{judge_snake(operation)}"
        exit 1
      end
      value = object.public_send(name, *(plain_params ? calls[i] : judge_typed(calls[i], params)))
      values << if returns.nil? then nil
                elsif plain_returns then value.is_a?(String) ? value.dup : value
                else JSONText.new(judge_encode(value, returns, "call #{i}, #{operation}"))
                end
    end
  rescue SystemExit
    raise
  rescue Exception => error # rubocop:disable Lint/RescueException -- SystemStackError too, then re-raised
    where = index.zero? ? "the constructor" : "call #{index}, #{names[index]}"
    $stderr.puts "judge: #{where} raised #{error.class}: #{error.message[0, 200]}"
    raise
  end
  # One generate per value (ints and already encoded values need none), joined: a call whose value
  # JSON cannot hold (NaN) is named by judge_encode.
  parts = values.each_with_index.map do |value, i|
    case value
    when nil then "null"
    when Integer then value.to_s
    when JSONText then value.text
    else judge_encode(value, table[names[i]][1], "call #{i}, #{names[i]}")
    end
  end
  "[#{parts.join(',')}]"
end

# A value already encoded: a list, a node list or tree, a double.
JSONText = Struct.new(:text)

input = $stdin.binmode.read
secret, rest = input.split("\n", 2)
lines = (rest || "").force_encoding(Encoding::UTF_8).split("\n", -1)
result = $stdout.dup # the harness's own copy of stdout, taken before the user's code runs
if MODE == "design"
  progress = JudgeProgress.new(result, secret)
  payload = judge_drive_object(lines, progress)
  progress.stop
else
  payload = judge_call_function(lines)
end
$stdout.flush
result.write("\x1e#{secret} #{payload}\n")
result.flush
