package runtime

// Benchmarks of the interpreter paths dataclasses_records spends its time
// in: sorting instances by a Python __lt__, object.__setattr__ from a
// frozen __init__, keyword calls of a class, tuple(list) and dict views.

import "testing"

const dcSpeedBenchSrc = `
class Item:
    def __init__(self, price, name=None):
        self.price = price
        self.name = name
    def __lt__(self, other):
        return self.price < other.price

items = [Item(i * 7919 % 1000) for i in range(1000)]

def sort_lt(n):
    for i in range(n // 1000):
        sorted(items)

class Frozen:
    def __init__(self, a, b):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'b', b)

def frozen_init(n):
    for i in range(n):
        Frozen(i, i)

def kw_class(n):
    kw = {'price': 1, 'name': 'x'}
    for i in range(n):
        Item(**kw)

def tuple_of_values(n):
    d = {'a': 1, 'b': 2, 'c': 3}
    for i in range(n):
        tuple(list(d.values()))
`

// sorted() of 1000 instances ordered by a Python __lt__ (per item).
func BenchmarkDCSortPythonLt(b *testing.B) {
	genBenchCall(b, dcSpeedBenchSrc, "sort_lt", 1000)
}

// Frozen(i, i) whose __init__ sets two fields by object.__setattr__.
func BenchmarkDCFrozenInit(b *testing.B) {
	genBenchCall(b, dcSpeedBenchSrc, "frozen_init", 1000)
}

// Item(**kw): a class called with keywords from a dict.
func BenchmarkDCKwClassCall(b *testing.B) {
	genBenchCall(b, dcSpeedBenchSrc, "kw_class", 1000)
}

// tuple(list(d.values())).
func BenchmarkDCTupleOfValues(b *testing.B) {
	genBenchCall(b, dcSpeedBenchSrc, "tuple_of_values", 1000)
}
