package runtime

import (
	"math"
	"math/big"
	"testing"
)

// TestLessThanPlain checks LessThanPlain against the comparison protocol
// on every ordered pair of a set of values: where it decides, its answer
// is the protocol's and the protocol raises nothing; it decides every pair
// of small ints, of floats, of exact strs, and of exact tuples of those
// that differ in an int or str; it leaves everything else to the protocol
// (a big int, a bool, None, an int against a float, a str against an int).
func TestLessThanPlain(t *testing.T) {
	th := newTestThread()
	big1 := MakeInt(new(big.Int).Lsh(big.NewInt(1), 70))
	scalars := []Value{
		Int(0), Int(-1), Int(1), Int(math.MaxInt64), Int(math.MinInt64),
		Float(0), Float(math.Copysign(0, -1)), Float(-2.5), Float(math.Inf(1)), Float(math.NaN()),
		NewStr(""), NewStr("a"), NewStr("ab"), NewStr("b"), NewStr("é"), NewStr("z\u4e16"),
		True, False, None, big1,
	}
	values := append([]Value(nil), scalars...)
	for _, x := range []Value{Int(1), Int(2), NewStr("a"), Float(1)} {
		for _, y := range []Value{Int(1), Int(3), NewStr("a"), NewStr("b"), None} {
			values = append(values, NewTuple2(x, y))
		}
	}
	values = append(values,
		NewTuple(nil), NewTuple([]Value{Int(1)}), NewTuple([]Value{Int(1), Int(1), Int(1)}),
		NewTuple2(NewTuple2(Int(1), Int(2)), Int(0)), NewTuple2(Int(1), big1))
	decided := 0
	for _, a := range values {
		for _, b := range values {
			lt, ok := LessThanPlain(a, b)
			r, err := Compare(th, CmpLT, a, b)
			var want bool
			if err == nil {
				want, err = Truth(th, r)
			}
			if !ok {
				if mustDecide(a, b) {
					t.Errorf("LessThanPlain(%s, %s) left to the protocol", reprOf(th, a), reprOf(th, b))
				}
				continue
			}
			decided++
			if err != nil {
				t.Errorf("LessThanPlain(%s, %s) = %v, but the protocol raises %v", reprOf(th, a), reprOf(th, b), lt, err)
			} else if lt != want {
				t.Errorf("LessThanPlain(%s, %s) = %v, the protocol says %v", reprOf(th, a), reprOf(th, b), lt, want)
			}
			if got, err := LessThan(th, a, b); err != nil || got != want {
				t.Errorf("LessThan(%s, %s) = %v, %v; want %v", reprOf(th, a), reprOf(th, b), got, err, want)
			}
		}
	}
	if decided < len(values)*4 {
		t.Errorf("only %d of %d pairs decided without the protocol", decided, len(values)*len(values))
	}
}

// mustDecide reports whether LessThanPlain has to decide a < b: both small
// ints, both floats or both exact strs.
func mustDecide(a, b Value) bool {
	switch {
	case a.IsSmallInt() && b.IsSmallInt(), a.IsFloat() && b.IsFloat():
		return true
	}
	return isExactStr(a) && isExactStr(b)
}

// reprOf is v's repr for a test message.
func reprOf(th *Thread, v Value) string {
	r, err := Repr(th, v)
	if err != nil {
		return "?"
	}
	return r
}
