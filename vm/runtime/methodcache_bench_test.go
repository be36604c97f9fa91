package runtime

// Benchmarks of obj.method(args) on instances of builtin types, the calls
// of bench/collections_heapq.py's loops (list.append/pop, dict.get): the
// GETMETHOD/CALLMETHOD pair's lookup is what they measure, the methods
// themselves do little. Run with -benchmem.

import "testing"

const methodBenchSrc = `
def list_append_pop(n):
    l = []
    for i in range(n):
        l.append(i)
        l.pop()

def dict_get(n):
    d = {1: 2}
    for i in range(n):
        d.get(i & 1, 0)

import math

def module_call(n):
    for i in range(n):
        math.fabs(i)

class L(list):
    pass

def sub_append_pop(n):
    l = L()
    for i in range(n):
        l.append(i)
        l.pop()
`

// BenchmarkMethod runs each function of methodBenchSrc; one op is one
// iteration of its loop (a module function call in module_call). sub_append_pop calls methods a Python subclass
// inherits from list, which keep the epoch-checked path of attrcache.go.
func BenchmarkMethod(b *testing.B) {
	for _, name := range []string{"list_append_pop", "dict_get", "module_call", "sub_append_pop"} {
		b.Run(name, func(b *testing.B) { genBenchCall(b, methodBenchSrc, name, 10000) })
	}
}
