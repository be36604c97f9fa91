package random

// This file defines the native forms of the random module's busiest
// methods on _random.Random: randrange, randint, choice, uniform, gauss,
// choices (without weights) and sample (of a list or tuple). Each takes
// the common case (int or float arguments, a list or tuple, no keywords
// beyond k) while the instance's class still draws with the native
// random, getrandbits and _randbelow; any other case calls the Python
// version random.py keeps under the name _<method>_py, so the numbers
// drawn, their order, the results and the messages stay CPython's.

import (
	"math"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// randomFastPaths holds the native methods the fast paths must still find
// on an instance's class for its draws to be theirs.
type randomFastPaths struct {
	random, getrandbits, randbelow rt.Value
}

// drawsNatively reports whether self's class draws with the native
// random, getrandbits and _randbelow (no subclass overrides them).
func (n *randomFastPaths) drawsNatively(self rt.Value) bool {
	st := self.Type()
	return rt.Is(st.Lookup("_randbelow"), n.randbelow) && rt.Is(st.Lookup("getrandbits"), n.getrandbits) &&
		rt.Is(st.Lookup("random"), n.random)
}

// randomCallPy calls the Python version of a method, for every case the
// native one leaves.
func randomCallPy(th *rt.Thread, self rt.Value, name string, args []rt.Value, kwnames []string) (rt.Value, error) {
	fn, err := rt.GetAttr(th, self, name)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Call(th, fn, args, kwnames)
}

// randomExactFloat returns v as a float when it is a float or an int that
// converts to one exactly, as float arithmetic with it would.
func randomExactFloat(v rt.Value) (float64, bool) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), true
	case v.IsSmallInt() && v.SmallInt() >= -1<<53 && v.SmallInt() <= 1<<53:
		return float64(v.SmallInt()), true
	}
	return 0, false
}

// randomSeqItems returns the items of an exact list or tuple.
func randomSeqItems(v rt.Value) ([]rt.Value, bool) {
	if v.IsImmediate() {
		return nil, false
	}
	switch v.Type() {
	case rt.ListType:
		return rt.ListItems(v), true
	case rt.TupleType:
		return rt.TupleItems(v), true
	}
	return nil, false
}

func addFastPaths(t *rt.Type) {
	n := &randomFastPaths{random: t.Lookup("random"), getrandbits: t.Lookup("getrandbits"),
		randbelow: t.Lookup("_randbelow_with_getrandbits")}
	t.AddMethod("randrange", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) == 0 && n.drawsNatively(self) {
			switch {
			case len(args) == 1 && args[0].IsSmallInt() && args[0].SmallInt() > 0:
				return rt.Int(int64(asGenerator(self).below(uint64(args[0].SmallInt())))), nil
			case len(args) == 2 && args[0].IsSmallInt() && args[1].IsSmallInt():
				lo, hi := args[0].SmallInt(), args[1].SmallInt()
				if w := hi - lo; hi > lo && w > 0 {
					return rt.Int(lo + int64(asGenerator(self).below(uint64(w)))), nil
				}
			}
		}
		return randomCallPy(th, self, "_randrange_py", args, kwnames)
	})
	randrange := t.Lookup("randrange")
	t.AddMethod("randint", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) == 0 && len(args) == 2 && args[0].IsSmallInt() && args[1].IsSmallInt() &&
			n.drawsNatively(self) && rt.Is(self.Type().Lookup("randrange"), randrange) {
			lo, hi := args[0].SmallInt(), args[1].SmallInt()
			if w := hi - lo + 1; hi >= lo && w > 0 {
				return rt.Int(lo + int64(asGenerator(self).below(uint64(w)))), nil
			}
		}
		return randomCallPy(th, self, "_randint_py", args, kwnames)
	})
	t.AddMethod("choice", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) == 0 && len(args) == 1 && n.drawsNatively(self) {
			if items, ok := randomSeqItems(args[0]); ok && len(items) > 0 {
				return items[asGenerator(self).below(uint64(len(items)))], nil
			}
		}
		return randomCallPy(th, self, "_choice_py", args, kwnames)
	})
	t.AddMethod("uniform", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) == 0 && len(args) == 2 && n.drawsNatively(self) {
			a, aok := randomExactFloat(args[0])
			b, bok := randomExactFloat(args[1])
			if aok && bok {
				// a + (b-a) * random(); the conversion keeps the product
				// rounded on its own, as in C, rather than fused.
				return rt.Float(a + float64((b-a)*asGenerator(self).float53())), nil
			}
		}
		return randomCallPy(th, self, "_uniform_py", args, kwnames)
	})
	t.AddMethod("gauss", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if v, ok, err := randomGauss(th, n, self, args, kwnames); ok || err != nil {
			return v, err
		}
		return randomCallPy(th, self, "_gauss_py", args, kwnames)
	})
	t.AddMethod("choices", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if v, ok := randomChoices(n, self, args, kwnames); ok {
			return v, nil
		}
		return randomCallPy(th, self, "_choices_py", args, kwnames)
	})
	t.AddMethod("sample", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if v, ok := randomSample(n, self, args, kwnames); ok {
			return v, nil
		}
		return randomCallPy(th, self, "_sample_py", args, kwnames)
	})
}

// randomGaussNextName is the str "gauss_next", made once: a name made
// for each look-up was a quarter of gauss's time.
var randomGaussNextName = (*rt.Str)(rt.NewStr("gauss_next").Pointer())

// randomGauss is gauss(mu=0.0, sigma=1.0) for float (or exactly
// convertible int) arguments: Box-Muller, keeping the second value in the
// instance's gauss_next as random.py does. ok is false, with nothing
// drawn or changed, for the cases it leaves to the Python version.
func randomGauss(th *rt.Thread, n *randomFastPaths, self rt.Value, args []rt.Value, kwnames []string) (v rt.Value, ok bool, err error) {
	if len(kwnames) != 0 || len(args) > 2 || !n.drawsNatively(self) {
		return rt.Value{}, false, nil
	}
	mu, sigma := 0.0, 1.0
	if len(args) > 0 {
		if mu, ok = randomExactFloat(args[0]); !ok {
			return rt.Value{}, false, nil
		}
	}
	if len(args) > 1 {
		if sigma, ok = randomExactFloat(args[1]); !ok {
			return rt.Value{}, false, nil
		}
	}
	st := self.Type()
	if st.GetAttr == nil || st.SetAttr == nil {
		return rt.Value{}, false, nil
	}
	next, err := st.GetAttr(th, self, randomGaussNextName)
	if err != nil || !next.IsNone() && !next.IsFloat() {
		return rt.Value{}, false, nil
	}
	var z float64
	keep := rt.None
	if next.IsNone() {
		g := asGenerator(self)
		angle := g.float53() * (2 * math.Pi)
		radius := math.Sqrt(-2.0 * rt.Libm.Log(1.0-g.float53()))
		z = float64(rt.Libm.Cos(angle) * radius)
		keep = rt.Float(float64(rt.Libm.Sin(angle) * radius))
	} else {
		z = next.AsFloat()
	}
	if err := st.SetAttr(th, self, randomGaussNextName, keep); err != nil {
		return rt.Value{}, false, err
	}
	return rt.Float(mu + float64(z*sigma)), true, nil
}

// randomChoices is choices(population, k=...) without weights, of a list
// or tuple: [population[floor(random() * n)] for each of k].
func randomChoices(n *randomFastPaths, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, bool) {
	k := int64(1)
	switch {
	case len(kwnames) == 1 && kwnames[0] == "k" && len(args) == 2:
		if !args[1].IsSmallInt() {
			return rt.Value{}, false
		}
		k = args[1].SmallInt()
	case len(kwnames) != 0 || len(args) != 1:
		return rt.Value{}, false
	}
	items, ok := randomSeqItems(args[0])
	if !ok || len(items) == 0 || !n.drawsNatively(self) || k > 1<<28 {
		return rt.Value{}, false
	}
	g := asGenerator(self)
	out := make([]rt.Value, max(k, 0))
	size := float64(len(items))
	for i := range out {
		out[i] = items[int(math.Floor(g.float53()*size))]
	}
	return rt.NewList(out), true
}

// randomSample is sample(population, k) of a list or tuple, with
// random.py's (and CPython's) choice between drawing from a shrinking pool
// and redrawing indexes already picked, since that decides the draws.
func randomSample(n *randomFastPaths, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, bool) {
	if len(args) != 2 || len(kwnames) > 1 || len(kwnames) == 1 && kwnames[0] != "k" || !args[1].IsSmallInt() {
		return rt.Value{}, false
	}
	items, ok := randomSeqItems(args[0])
	k := args[1].SmallInt()
	if !ok || k < 0 || k > int64(len(items)) || !n.drawsNatively(self) {
		return rt.Value{}, false
	}
	g := asGenerator(self)
	size := len(items)
	result := make([]rt.Value, k)
	setsize := 21
	if k > 5 {
		// 4 ** ceil(log(k * 3, 4)), with math.log's two logarithms.
		setsize += 1 << (2 * int(math.Ceil(rt.Libm.Log(float64(k*3))/rt.Libm.Log(4))))
	}
	if size <= setsize {
		pool := append([]rt.Value(nil), items...)
		for i := range result {
			j := g.below(uint64(size - i))
			result[i] = pool[j]
			pool[j] = pool[size-i-1]
		}
	} else {
		seen := make(map[uint64]struct{}, k)
		for i := range result {
			j := g.below(uint64(size))
			for _, dup := seen[j]; dup; _, dup = seen[j] {
				j = g.below(uint64(size))
			}
			seen[j] = struct{}{}
			result[i] = items[j]
		}
	}
	return rt.NewList(result), true
}
