package runtime

// Benchmarks of the paths bench/dataclasses_records.py spends its time
// in: a comparison through a Python __lt__ (the slot wrapper), the
// generated comparison's compare_fields, the generated __hash__'s
// hash_fields, and a call with **kwargs. Run with -benchmem: the
// comparisons and hashes allocate nothing.

import "testing"

const dataclassBenchSrc = `
from _kiln_dataclasses import compare_fields, hash_fields

class Rec:
    def __init__(self, price, name):
        self.price = price
        self.name = name

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return compare_fields('<', self.price, other.price)
        return NotImplemented

    def __hash__(self):
        return hash_fields(self.price, self.name)

def compares(n):
    a = Rec(1, 'a')
    b = Rec(2, 'b')
    i = 0
    while i < n:
        a < b
        i += 1

def hashes(n):
    a = Rec(1, 'a')
    i = 0
    while i < n:
        hash(a)
        i += 1

def f(price, name, tags=None):
    return price

def kwcalls(n):
    kw = {'price': 1, 'name': 'x'}
    i = 0
    while i < n:
        f(**kw)
        i += 1
`

// BenchmarkDataclassCompare is a < b through the slot wrapper of a
// Python __lt__ that compares one field with compare_fields, per op.
func BenchmarkDataclassCompare(b *testing.B) {
	genBenchCall(b, dataclassBenchSrc, "compares", 10000)
}

// BenchmarkDataclassHash is hash(a) through a Python __hash__ that
// hashes two fields with hash_fields, per op.
func BenchmarkDataclassHash(b *testing.B) {
	genBenchCall(b, dataclassBenchSrc, "hashes", 10000)
}

// BenchmarkDataclassKwargsCall is f(**kw) with two keywords, per op.
func BenchmarkDataclassKwargsCall(b *testing.B) {
	genBenchCall(b, dataclassBenchSrc, "kwcalls", 10000)
}
