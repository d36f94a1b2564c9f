import (
	"sort"
	"strings"
)

type node struct {
	value int
	kids  map[string]*node
}

type FileSystem struct {
	root *node
}

func Constructor() FileSystem {
	return FileSystem{root: &node{kids: map[string]*node{}}}
}

// parentOf returns the node of path's parent (nil if it does not exist) and path's last name.
func (this *FileSystem) parentOf(path string) (*node, string) {
	cut := strings.LastIndexByte(path, '/')
	n := this.root
	rest := path[1:cut+1] // the parent's names, each followed by '/'
	for len(rest) > 0 {
		end := strings.IndexByte(rest, '/')
		n = n.kids[rest[:end]]
		if n == nil {
			return nil, path[cut+1:]
		}
		rest = rest[end+1:]
	}
	return n, path[cut+1:]
}

func (this *FileSystem) CreatePath(path string, value int) bool {
	parent, name := this.parentOf(path)
	if parent == nil {
		return false
	}
	if _, ok := parent.kids[name]; ok {
		return false
	}
	parent.kids[name] = &node{value: value, kids: map[string]*node{}}
	return true
}

func (this *FileSystem) Get(path string) int {
	parent, name := this.parentOf(path)
	if parent == nil {
		return -1
	}
	if n, ok := parent.kids[name]; ok {
		return n.value
	}
	return -1
}

func (this *FileSystem) List(path string) []string {
	n := this.root
	if path != "/" {
		parent, name := this.parentOf(path)
		n = parent.kids[name]
	}
	names := make([]string, 0, len(n.kids))
	for name := range n.kids {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (this *FileSystem) Remove(path string) int {
	parent, name := this.parentOf(path)
	if parent == nil {
		return 0
	}
	n, ok := parent.kids[name]
	if !ok {
		return 0
	}
	delete(parent.kids, name)
	stack := []*node{n}
	count := 0
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		count++
		for _, kid := range top.kids {
			stack = append(stack, kid)
		}
	}
	return count
}
