package main

import "fmt"

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	zero := a - a
	fmt.Println((a + b) / zero) // panic: integer divide by zero
}
