// The judge's Go harness (a template: generated readers, writers and main go where the markers
// are). The user's solution.go is compiled beside it in package main; every name here starts
// with `judge` so that it cannot clash with the user's.
package main

import (
	"encoding/json"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

const judgeMaxNodes = 1000000

// The test and the harness's own copy of stdout, taken while package variables are initialised:
// before any init() or package variable of the user's file (declared in a later file) runs.
var judgeSecret, judgeLines, judgeResult = judgeStart()

func judgeStart() (string, []string, *os.File) {
	input, _ := io.ReadAll(os.Stdin)
	text := string(input)
	newline := strings.IndexByte(text, '\n')
	if newline < 0 {
		newline = len(text)
	}
	rest := ""
	if newline < len(text) {
		rest = text[newline+1:]
	}
	fd, err := syscall.Dup(1)
	if err != nil {
		panic("judge: cannot copy stdout")
	}
	return text[:newline], strings.Split(rest, "\n"), os.NewFile(uintptr(fd), "result")
}

func judgeParse(line string) interface{} {
	decoder := json.NewDecoder(strings.NewReader(line))
	decoder.UseNumber()
	var value interface{}
	if err := decoder.Decode(&value); err != nil {
		panic("judge: the test is not JSON: " + err.Error())
	}
	return value
}

func judgeItems(o interface{}) []interface{} {
	if o == nil {
		return nil
	}
	return o.([]interface{})
}

func judgeInt(o interface{}) int {
	n, _ := o.(json.Number).Int64()
	return int(n)
}

func judgeFloat(o interface{}) float64 {
	f, _ := o.(json.Number).Float64()
	return f
}

func judgeToList(o interface{}) *ListNode {
	items := judgeItems(o)
	var head *ListNode
	for i := len(items) - 1; i >= 0; i-- {
		head = &ListNode{Val: judgeInt(items[i]), Next: head}
	}
	return head
}

func judgeToTree(o interface{}) *TreeNode {
	items := judgeItems(o)
	if len(items) == 0 {
		return nil
	}
	nodes := make([]*TreeNode, len(items))
	for i, item := range items {
		if item != nil {
			nodes[i] = &TreeNode{Val: judgeInt(item)}
		}
	}
	child := 1
	for _, node := range nodes {
		if child >= len(nodes) {
			break
		}
		if node == nil {
			continue
		}
		node.Left = nodes[child]
		child++
		if child < len(nodes) {
			node.Right = nodes[child]
		}
		child++
	}
	return nodes[0]
}

func judgeQuote(sb *strings.Builder, s string) {
	b, _ := json.Marshal(s)
	sb.Write(b)
}

func judgeWriteDouble(sb *strings.Builder, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		sb.WriteString("NaN") // not JSON: the judge says the result is not valid
		return
	}
	sb.WriteString(strconv.FormatFloat(v, 'g', 17, 64))
}

func judgeWriteList(sb *strings.Builder, node *ListNode) {
	sb.WriteByte('[')
	for count := 0; node != nil; count++ {
		if count >= judgeMaxNodes {
			panic("the returned list has more than 10^6 nodes: is there a cycle?")
		}
		if count > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(node.Val))
		node = node.Next
	}
	sb.WriteByte(']')
}

func judgeWriteTree(sb *strings.Builder, root *TreeNode) {
	queue := []*TreeNode{root}
	for i := 0; i < len(queue); i++ {
		if len(queue) > 2*judgeMaxNodes+1 {
			panic("the returned tree has more than 10^6 nodes: is there a cycle?")
		}
		if queue[i] != nil {
			queue = append(queue, queue[i].Left, queue[i].Right)
		}
	}
	end := len(queue)
	for end > 0 && queue[end-1] == nil {
		end--
	}
	sb.WriteByte('[')
	for i := 0; i < end; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		if queue[i] == nil {
			sb.WriteString("null")
		} else {
			sb.WriteString(strconv.Itoa(queue[i].Val))
		}
	}
	sb.WriteByte(']')
}

// What a panic says, for the verdict's message.
func judgePanicText(r interface{}) string {
	switch value := r.(type) {
	case error:
		return value.Error()
	case string:
		return value
	default:
		return "a panic"
	}
}

// Tells the judge, every 5 ms, which call of a design test is running ("\x1e<secret>@<index>", 0 the
// constructor), from a goroutine: a run killed at a limit, even inside one call that never
// returns, still says where it was. The loop sets judgeRunning; judgeStopProgress takes the lock
// for good, so no line lands inside the result.
var judgeRunning int64
var judgeProgressLock sync.Mutex

func judgeStartProgress() {
	go func() {
		reported := int64(-1)
		for {
			time.Sleep(5 * time.Millisecond)
			judgeProgressLock.Lock()
			if index := atomic.LoadInt64(&judgeRunning); index != reported {
				reported = index
				judgeResult.WriteString("\x1e" + judgeSecret + "@" + strconv.FormatInt(index, 10) + "\n")
			}
			judgeProgressLock.Unlock()
		}
	}()
}

func judgeStopProgress() {
	judgeProgressLock.Lock()
}

func judgeReport(sb *strings.Builder) {
	os.Stdout.Sync()
	judgeResult.WriteString("\x1e" + judgeSecret + " " + sb.String() + "\n")
}

// @@HELPERS@@
// @@MAIN@@
