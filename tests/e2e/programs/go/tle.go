package main

import "fmt"

var counter uint64

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	for counter != ^uint64(0) { // effectively forever
		counter++
	}
	fmt.Println(a + b)
}
