func decodeString(s string) string {
	type frame struct {
		outer []byte
		count int
	}
	var stack []frame
	cur := []byte{}
	count := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			count = count*10 + int(ch-'0')
		case ch == '[':
			stack = append(stack, frame{cur, count})
			cur = []byte{}
			count = 0
		case ch == ']':
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			outer := top.outer
			for k := 0; k < top.count; k++ {
				outer = append(outer, cur...)
			}
			cur = outer
		default:
			cur = append(cur, ch)
		}
	}
	return string(cur)
}
