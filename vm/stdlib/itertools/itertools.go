// Package itertools is Kiln's itertools module in Go. Every iterator type
// shares one Go struct (iterator) holding a next function that closes over
// the type's own state, so each type is only its constructor; the types
// keep CPython's names and reprs and may be subclassed.
package itertools

import (
	"fmt"
	"math"
	"strconv"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// iterator is an instance of any itertools type.
type iterator struct {
	rt.Object
	next func(th *rt.Thread) (rt.Value, bool, error)
	repr func(th *rt.Thread) (string, error) // nil: the default repr
	done bool
	// lengthHint (repeat) and copy (_tee) back the methods of those types.
	lengthHint func() int64
	copy       func() *iterator
}

func asIterator(v rt.Value) *iterator { return (*iterator)(v.Pointer()) }

// newIter wraps next in a new instance of t.
func newIter(t *rt.Type, next func(th *rt.Thread) (rt.Value, bool, error)) *iterator {
	return &iterator{Object: rt.NewObjectHeader(t), next: next}
}

func iterNext(th *rt.Thread, v rt.Value) (rt.Value, bool, error) {
	it := asIterator(v)
	if it.done {
		return rt.Value{}, false, nil
	}
	x, ok, err := it.next(th)
	if !ok && err == nil {
		it.done = true
	}
	return x, ok, err
}

func iterRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	it := asIterator(v)
	if it.repr == nil {
		return rt.NewStr(fmt.Sprintf("<%s object at %#x>", v.Type().FullName(), uintptr(v.Pointer()))), nil
	}
	s, err := it.repr(th)
	return rt.NewStr(s), err
}

// The itertools types, all made by newType.
var (
	countType          = newType("count")
	cycleType          = newType("cycle")
	repeatType         = newType("repeat")
	accumulateType     = newType("accumulate")
	batchedType        = newType("batched")
	chainType          = newType("chain")
	compressType       = newType("compress")
	dropwhileType      = newType("dropwhile")
	takewhileType      = newType("takewhile")
	filterfalseType    = newType("filterfalse")
	groupbyType        = newType("groupby")
	grouperType        = newType("_grouper")
	isliceType         = newType("islice")
	pairwiseType       = newType("pairwise")
	starmapType        = newType("starmap")
	teeType            = newType("_tee")
	zipLongestType     = newType("zip_longest")
	productType        = newType("product")
	permutationsType   = newType("permutations")
	combinationsType   = newType("combinations")
	combinationsWRType = newType("combinations_with_replacement")
)

func newType(name string) *rt.Type {
	return rt.NewBuiltinType(name, rt.ObjectType, rt.LayoutOther, rt.FlagBaseType|rt.FlagQualifiedName)
}

// ctor is a type's New slot body: it returns the instance's next function
// (and may set its repr through the returned iterator).
type ctor func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error)

func setup(t *rt.Type, doc string, c ctor) {
	t.Module = "itertools"
	t.Doc = doc
	t.New = func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
		it, err := c(th, t, args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		return rt.ValueOf(it), nil
	}
	t.Iter = rt.IterSelf
	t.Next = iterNext
	t.Repr = iterRepr
	rt.AddSlotMethods(t, nil, false, nil)
}

func noKw(name string, t, exact *rt.Type, kwnames []string) error {
	if len(kwnames) > 0 && t == exact {
		return rt.Errorf(rt.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// positional checks a constructor that takes only positional arguments.
func positional(name string, t, exact *rt.Type, args []rt.Value, kwnames []string, min, max int) error {
	if err := noKw(name, t, exact, kwnames); err != nil {
		return err
	}
	n := len(args) - len(kwnames)
	if n < min || n > max {
		switch {
		case min == max:
			return rt.Errorf(rt.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
		case n < min:
			return rt.Errorf(rt.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
		default:
			return rt.Errorf(rt.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func truth(th *rt.Thread, fn, x rt.Value) (bool, error) {
	if fn.IsNone() {
		return rt.Truth(th, x)
	}
	r, err := rt.Call(th, fn, []rt.Value{x}, nil)
	if err != nil {
		return false, err
	}
	return rt.Truth(th, r)
}

func isNumber(v rt.Value) bool {
	if v.IsSmallInt() || v.IsFloat() || v.IsBool() {
		return true
	}
	if v.IsImmediate() {
		return false
	}
	t := v.Type()
	return t.Layout == rt.LayoutInt || t.Layout == rt.LayoutFloat || t.Layout == rt.LayoutComplex ||
		t.Lookup("__add__").IsValid() && (t.Lookup("__int__").IsValid() || t.Lookup("__float__").IsValid() || t.Lookup("__index__").IsValid() || t.Lookup("__complex__").IsValid())
}

func newCount(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if n := len(args); n > 2 {
		return nil, rt.Errorf(rt.TypeError, "count() takes at most 2 arguments (%d given)", n)
	}
	// count parses its arguments the old way (PyArg_ParseTupleAndKeywords),
	// whose message for an unknown keyword differs from clinic's.
	for _, k := range kwnames {
		if k != "start" && k != "step" {
			return nil, rt.Errorf(rt.TypeError, "'%s' is an invalid keyword argument for count()", k)
		}
	}
	var start, step rt.Value
	if err := rt.UnpackArgs("count", args, kwnames, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if !start.IsValid() {
		start = rt.Int(0)
	}
	stepGiven := step.IsValid()
	if !stepGiven {
		step = rt.Int(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, rt.Errorf(rt.TypeError, "a number is required")
	}
	cur := start
	it := newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		x := cur
		if x.IsSmallInt() && step.IsSmallInt() {
			a, b := x.SmallInt(), step.SmallInt()
			if s := a + b; (s > a) == (b > 0) {
				cur = rt.Int(s)
				return x, true, nil
			}
		}
		next, err := rt.Binary(th, rt.OpAdd, cur, step)
		if err != nil {
			return rt.Value{}, false, err
		}
		cur = next
		return x, true, nil
	})
	it.repr = func(th *rt.Thread) (string, error) {
		s, err := rt.Repr(th, cur)
		if err != nil {
			return "", err
		}
		if !(step.IsSmallInt() && step.SmallInt() == 1) {
			r, err := rt.Repr(th, step)
			if err != nil {
				return "", err
			}
			s += ", " + r
		}
		return typeName(it) + "(" + s + ")", nil
	}
	return it, nil
}

// typeName is the name a repr starts with: the instance's class name.
func typeName(it *iterator) string { return it.Type().Name }

func newCycle(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if err := positional("cycle", t, cycleType, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var saved []rt.Value
	pos := -1 // -1 while still reading src
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if pos < 0 {
			x, ok, err := rt.Next(th, src)
			if err != nil {
				return rt.Value{}, false, err
			}
			if ok {
				saved = append(saved, x)
				return x, true, nil
			}
			if len(saved) == 0 {
				return rt.Value{}, false, nil
			}
			pos = 0
		}
		x := saved[pos]
		pos = (pos + 1) % len(saved)
		return x, true, nil
	}), nil
}

func newRepeat(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var obj, times rt.Value
	if err := rt.UnpackArgs("repeat", args, kwnames, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	left := int64(-1)
	if times.IsValid() {
		n, err := rt.AsInt(th, times)
		if err != nil {
			return nil, err
		}
		left = max(n, 0)
	}
	it := newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if left == 0 {
			return rt.Value{}, false, nil
		}
		if left > 0 {
			left--
		}
		return obj, true, nil
	})
	it.repr = func(th *rt.Thread) (string, error) {
		s, err := rt.Repr(th, obj)
		if err != nil {
			return "", err
		}
		if left >= 0 {
			s += ", " + strconv.FormatInt(left, 10)
		}
		return typeName(it) + "(" + s + ")", nil
	}
	it.lengthHint = func() int64 { return left }
	return it, nil
}

func newAccumulate(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var iterable, fn, initial rt.Value
	if err := rt.UnpackArgs("accumulate", args, kwnames, "iterable", &iterable, "func?", &fn, "$initial?", &initial); err != nil {
		return nil, err
	}
	src, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	var total rt.Value
	if initial.IsValid() && !initial.IsNone() {
		total = initial
	}
	pending := total.IsValid()
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if pending {
			pending = false
			return total, true, nil
		}
		x, ok, err := rt.Next(th, src)
		if err != nil || !ok {
			return rt.Value{}, false, err
		}
		switch {
		case !total.IsValid():
			total = x
		case !fn.IsValid() || fn.IsNone():
			if total, err = rt.Binary(th, rt.OpAdd, total, x); err != nil {
				return rt.Value{}, false, err
			}
		default:
			if total, err = rt.Call(th, fn, []rt.Value{total, x}, nil); err != nil {
				return rt.Value{}, false, err
			}
		}
		return total, true, nil
	}), nil
}

func newBatched(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var iterable, nv rt.Value
	if err := rt.UnpackArgs("batched", args, kwnames, "iterable", &iterable, "n", &nv); err != nil {
		return nil, err
	}
	n, err := rt.AsInt(th, nv)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, rt.Errorf(rt.ValueError, "n must be at least one")
	}
	src, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		var batch []rt.Value
		for int64(len(batch)) < n {
			x, ok, err := rt.Next(th, src)
			if err != nil {
				return rt.Value{}, false, err
			}
			if !ok {
				break
			}
			batch = append(batch, x)
		}
		if len(batch) == 0 {
			return rt.Value{}, false, nil
		}
		return rt.NewTuple(batch), true, nil
	}), nil
}

// chainOf iterates the iterables that sources yields, one after another.
func chainOf(t *rt.Type, sources rt.Value) *iterator {
	var cur rt.Value
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			if !cur.IsValid() {
				next, ok, err := rt.Next(th, sources)
				if err != nil || !ok {
					return rt.Value{}, false, err
				}
				if cur, err = rt.Iter(th, next); err != nil {
					return rt.Value{}, false, err
				}
			}
			x, ok, err := rt.Next(th, cur)
			if err != nil {
				return rt.Value{}, false, err
			}
			if ok {
				return x, true, nil
			}
			cur = rt.Value{}
		}
	})
}

func newChain(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if err := noKw("chain", t, chainType, kwnames); err != nil {
		return nil, err
	}
	sources, err := rt.Iter(th, rt.NewTuple(append([]rt.Value(nil), args[:len(args)-len(kwnames)]...)))
	if err != nil {
		return nil, err
	}
	return chainOf(t, sources), nil
}

func newCompress(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var data, selectors rt.Value
	if err := rt.UnpackArgs("compress", args, kwnames, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	d, err := rt.Iter(th, data)
	if err != nil {
		return nil, err
	}
	s, err := rt.Iter(th, selectors)
	if err != nil {
		return nil, err
	}
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		for {
			x, ok, err := rt.Next(th, d)
			if err != nil || !ok {
				return rt.Value{}, false, err
			}
			sel, ok, err := rt.Next(th, s)
			if err != nil || !ok {
				return rt.Value{}, false, err
			}
			keep, err := rt.Truth(th, sel)
			if err != nil {
				return rt.Value{}, false, err
			}
			if keep {
				return x, true, nil
			}
		}
	}), nil
}

// predicateIter builds dropwhile, takewhile and filterfalse.
func predicateIter(name string, exact *rt.Type, kind int) ctor {
	return func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
		if err := positional(name, t, exact, args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		pred := args[0]
		src, err := rt.Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		dropping, stopped := true, false
		return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
			for {
				if stopped {
					return rt.Value{}, false, nil
				}
				x, ok, err := rt.Next(th, src)
				if err != nil || !ok {
					return rt.Value{}, false, err
				}
				switch kind {
				case 0: // dropwhile
					if !dropping {
						return x, true, nil
					}
					t, err := truth(th, pred, x)
					if err != nil {
						return rt.Value{}, false, err
					}
					if !t {
						dropping = false
						return x, true, nil
					}
				case 1: // takewhile
					t, err := truth(th, pred, x)
					if err != nil {
						return rt.Value{}, false, err
					}
					if t {
						return x, true, nil
					}
					stopped = true
				default: // filterfalse
					t, err := truth(th, pred, x)
					if err != nil {
						return rt.Value{}, false, err
					}
					if !t {
						return x, true, nil
					}
				}
			}
		}), nil
	}
}

// groupState is shared by a groupby object and its current _grouper.
type groupState struct {
	src, keyfn       rt.Value
	curKey, curValue rt.Value // the item read ahead, if valid
	tgtKey           rt.Value
	group            *iterator // the current grouper
	exhausted        bool
}

func (g *groupState) step(th *rt.Thread) (bool, error) {
	x, ok, err := rt.Next(th, g.src)
	if err != nil || !ok {
		g.exhausted = !ok && err == nil
		return false, err
	}
	k := x
	if g.keyfn.IsValid() && !g.keyfn.IsNone() {
		if k, err = rt.Call(th, g.keyfn, []rt.Value{x}, nil); err != nil {
			return false, err
		}
	}
	g.curKey, g.curValue = k, x
	return true, nil
}

func newGroupby(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var iterable, key rt.Value
	if err := rt.UnpackArgs("groupby", args, kwnames, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	src, err := rt.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	g := &groupState{src: src, keyfn: key}
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		g.group = nil
		// Skip to the first item whose key differs from the last group's.
		for {
			if !g.curKey.IsValid() {
				if g.exhausted {
					return rt.Value{}, false, nil
				}
				ok, err := g.step(th)
				if err != nil || !ok {
					return rt.Value{}, false, err
				}
			}
			if !g.tgtKey.IsValid() {
				break
			}
			eq, err := rt.Equal(th, g.tgtKey, g.curKey)
			if err != nil {
				return rt.Value{}, false, err
			}
			if !eq {
				break
			}
			g.curKey = rt.Value{}
		}
		g.tgtKey = g.curKey
		grouper := newGrouper(g)
		g.group = grouper
		return rt.NewTuple([]rt.Value{g.curKey, rt.ValueOf(grouper)}), true, nil
	}), nil
}

func newGrouper(g *groupState) *iterator {
	var self *iterator
	tgt := g.tgtKey
	self = newIter(grouperType, func(th *rt.Thread) (rt.Value, bool, error) {
		if g.group != self {
			return rt.Value{}, false, nil
		}
		if !g.curKey.IsValid() {
			if g.exhausted {
				return rt.Value{}, false, nil
			}
			ok, err := g.step(th)
			if err != nil || !ok {
				return rt.Value{}, false, err
			}
		}
		eq, err := rt.Equal(th, tgt, g.curKey)
		if err != nil || !eq {
			return rt.Value{}, false, err
		}
		x := g.curValue
		g.curKey = rt.Value{}
		return x, true, nil
	})
	return self
}

// isliceIndex reads an islice bound: None (-1) or an int in [0, maxsize].
func isliceIndex(th *rt.Thread, v rt.Value, msg string) (int64, error) {
	if v.IsNone() {
		return -1, nil
	}
	if v.IsSmallInt() || v.IsBool() || (!v.IsImmediate() && (v.Type().Layout == rt.LayoutInt || v.Type().Lookup("__index__").IsValid())) {
		iv, err := rt.Index(th, v)
		if err != nil {
			return 0, err
		}
		if !iv.IsSmallInt() {
			if rt.BigIntValue(iv).Sign() > 0 {
				return math.MaxInt64, nil
			}
			return 0, rt.Errorf(rt.ValueError, "%s", msg)
		}
		if iv.SmallInt() < 0 {
			return 0, rt.Errorf(rt.ValueError, "%s", msg)
		}
		return iv.SmallInt(), nil
	}
	return 0, rt.Errorf(rt.ValueError, "%s", msg)
}

const (
	isliceStopMsg  = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceStepMsg  = "Step for islice() must be a positive integer or None."
)

func newIslice(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if err := positional("islice", t, isliceType, args, kwnames, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	var err error
	if len(args) == 2 {
		if stop, err = isliceIndex(th, args[1], isliceStopMsg); err != nil {
			return nil, err
		}
	} else {
		if start, err = isliceIndex(th, args[1], isliceIndexMsg); err != nil {
			return nil, err
		}
		if stop, err = isliceIndex(th, args[2], isliceStopMsg); err != nil {
			return nil, err
		}
		if start < 0 {
			start = 0
		}
		if len(args) == 4 {
			if args[3].IsNone() {
				step = 1
			} else {
				s, err := isliceIndex(th, args[3], isliceStepMsg)
				if err != nil || s == 0 {
					return nil, rt.Errorf(rt.ValueError, isliceStepMsg)
				}
				step = s
			}
		}
	}
	src, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	pos, next := int64(0), start
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if stop >= 0 && next >= stop {
			// Consume up to stop as CPython does, then end.
			for pos < stop {
				_, ok, err := rt.Next(th, src)
				if err != nil || !ok {
					pos = stop
					return rt.Value{}, false, err
				}
				pos++
			}
			return rt.Value{}, false, nil
		}
		for pos < next {
			_, ok, err := rt.Next(th, src)
			if err != nil || !ok {
				return rt.Value{}, false, err
			}
			pos++
		}
		x, ok, err := rt.Next(th, src)
		if err != nil || !ok {
			return rt.Value{}, false, err
		}
		pos++
		next += step
		if stop >= 0 && next > stop {
			next = stop
		}
		return x, true, nil
	}), nil
}

func newPairwise(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if err := positional("pairwise", t, pairwiseType, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var prev rt.Value
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if !prev.IsValid() {
			x, ok, err := rt.Next(th, src)
			if err != nil || !ok {
				return rt.Value{}, false, err
			}
			prev = x
		}
		x, ok, err := rt.Next(th, src)
		if err != nil || !ok {
			return rt.Value{}, false, err
		}
		pair := rt.NewTuple([]rt.Value{prev, x})
		prev = x
		return pair, true, nil
	}), nil
}

func newStarmap(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	if err := positional("starmap", t, starmapType, args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fn := args[0]
	src, err := rt.Iter(th, args[1])
	if err != nil {
		return nil, err
	}
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		x, ok, err := rt.Next(th, src)
		if err != nil || !ok {
			return rt.Value{}, false, err
		}
		var callArgs []rt.Value
		if !x.IsImmediate() && x.Type() == rt.TupleType {
			callArgs = rt.TupleItems(x)
		} else {
			if callArgs, err = rt.ToSlice(th, x); err != nil {
				return rt.Value{}, false, err
			}
		}
		r, err := rt.Call(th, fn, callArgs, nil)
		return r, err == nil, err
	}), nil
}

// teeBuffer is the shared queue of the iterators tee() returns: items
// read from the source are kept until every tee has passed them.
type teeBuffer struct {
	src   rt.Value
	items []rt.Value
	base  int // the absolute index of items[0]
	done  bool
}

func newTeeAt(b *teeBuffer, t *rt.Type, pos int) *iterator {
	it := newIter(t, nil)
	it.next = func(th *rt.Thread) (rt.Value, bool, error) {
		if pos-b.base >= len(b.items) {
			if b.done {
				return rt.Value{}, false, nil
			}
			x, ok, err := rt.Next(th, b.src)
			if err != nil || !ok {
				b.done = err == nil
				return rt.Value{}, false, err
			}
			b.items = append(b.items, x)
		}
		x := b.items[pos-b.base]
		pos++
		return x, true, nil
	}
	it.copy = func() *iterator { return newTeeAt(b, teeType, pos) }
	return it
}

func itertoolsTee(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.NoKwargs("tee", kwnames); err != nil {
		return rt.Value{}, err
	}
	if err := rt.CheckArgCount("tee", args, kwnames, 1, 2); err != nil {
		return rt.Value{}, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = rt.AsInt(th, args[1]); err != nil {
			return rt.Value{}, err
		}
		if n < 0 {
			return rt.Value{}, rt.Errorf(rt.ValueError, "n must be >= 0")
		}
	}
	if n == 0 {
		return rt.NewTuple(nil), nil
	}
	src, err := rt.Iter(th, args[0])
	if err != nil {
		return rt.Value{}, err
	}
	out := make([]rt.Value, n)
	var first *iterator
	if !src.IsImmediate() && src.Type() == teeType {
		first = asIterator(src).copy()
	} else {
		first = newTeeAt(&teeBuffer{src: src}, teeType, 0)
	}
	out[0] = rt.ValueOf(first)
	for i := int64(1); i < n; i++ {
		out[i] = rt.ValueOf(first.copy())
	}
	return rt.NewTuple(out), nil
}

func newZipLongest(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	npos := len(args) - len(kwnames)
	fill := rt.None
	for i, k := range kwnames {
		if k != "fillvalue" {
			return nil, rt.Errorf(rt.TypeError, "zip_longest() got an unexpected keyword argument") // sic, CPython 3.12's
		}
		fill = args[npos+i]
	}
	its := make([]rt.Value, npos)
	for i, x := range args[:npos] {
		it, err := rt.Iter(th, x)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	active := npos
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if npos == 0 || active == 0 {
			return rt.Value{}, false, nil
		}
		items := make([]rt.Value, npos)
		for i, it := range its {
			if !it.IsValid() {
				items[i] = fill
				continue
			}
			x, ok, err := rt.Next(th, it)
			if err != nil {
				return rt.Value{}, false, err
			}
			if !ok {
				its[i] = rt.Value{}
				active--
				if active == 0 {
					return rt.Value{}, false, nil
				}
				x = fill
			}
			items[i] = x
		}
		return rt.NewTuple(items), true, nil
	}), nil
}

func newProduct(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	npos := len(args) - len(kwnames)
	repeat := int64(1)
	for i, k := range kwnames {
		if k != "repeat" {
			return nil, rt.Errorf(rt.TypeError, "'%s' is an invalid keyword argument for product()", k)
		}
		var err error
		if repeat, err = rt.AsInt(th, args[npos+i]); err != nil {
			return nil, err
		}
		if repeat < 0 {
			return nil, rt.Errorf(rt.ValueError, "repeat argument cannot be negative")
		}
	}
	var pools [][]rt.Value
	for _, x := range args[:npos] {
		items, err := rt.ToSlice(th, x)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	all := make([][]rt.Value, 0, len(pools)*int(repeat))
	for r := int64(0); r < repeat; r++ {
		all = append(all, pools...)
	}
	var idx []int
	started := false
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if !started {
			started = true
			for _, p := range all {
				if len(p) == 0 {
					return rt.Value{}, false, nil
				}
			}
			idx = make([]int, len(all))
		} else {
			i := len(all) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return rt.Value{}, false, nil
			}
		}
		out := make([]rt.Value, len(all))
		for i, p := range all {
			out[i] = p[idx[i]]
		}
		return rt.NewTuple(out), true, nil
	}), nil
}

func readR(th *rt.Thread, v rt.Value) (int, error) {
	r, err := rt.AsInt(th, v)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, rt.Errorf(rt.ValueError, "r must be non-negative")
	}
	return int(min(r, math.MaxInt32)), nil
}

func pick(pool []rt.Value, idx []int, r int) rt.Value {
	out := make([]rt.Value, r)
	for i := range out {
		out[i] = pool[idx[i]]
	}
	return rt.NewTuple(out)
}

func newPermutations(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
	var iterable, rv rt.Value
	if err := rt.UnpackArgs("permutations", args, kwnames, "iterable", &iterable, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := rt.ToSlice(th, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if rv.IsValid() && !rv.IsNone() {
		if !rv.IsSmallInt() && !rv.IsBool() && rv.Type().Layout != rt.LayoutInt {
			return nil, rt.Errorf(rt.TypeError, "Expected int as r")
		}
		if r, err = readR(th, rv); err != nil {
			return nil, err
		}
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	started := false
	return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
		if r > n {
			return rt.Value{}, false, nil
		}
		if !started {
			started = true
			return pick(pool, indices, r), true, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = first
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return pick(pool, indices, r), true, nil
			}
		}
		r = n + 1 // exhausted
		return rt.Value{}, false, nil
	}), nil
}

func newCombinations(withReplacement bool) ctor {
	name := "combinations"
	if withReplacement {
		name = "combinations_with_replacement"
	}
	return func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
		var iterable, rv rt.Value
		if err := rt.UnpackArgs(name, args, kwnames, "iterable", &iterable, "r", &rv); err != nil {
			return nil, err
		}
		pool, err := rt.ToSlice(th, iterable)
		if err != nil {
			return nil, err
		}
		r, err := readR(th, rv)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		indices := make([]int, r)
		if !withReplacement {
			for i := range indices {
				indices[i] = i
			}
		}
		started, done := false, false
		if withReplacement {
			done = n == 0 && r > 0
		} else {
			done = r > n
		}
		return newIter(t, func(th *rt.Thread) (rt.Value, bool, error) {
			if done {
				return rt.Value{}, false, nil
			}
			if !started {
				started = true
				return pick(pool, indices, r), true, nil
			}
			i := r - 1
			if withReplacement {
				for ; i >= 0 && indices[i] == n-1; i-- {
				}
				if i < 0 {
					done = true
					return rt.Value{}, false, nil
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
			} else {
				for ; i >= 0 && indices[i] == i+n-r; i-- {
				}
				if i < 0 {
					done = true
					return rt.Value{}, false, nil
				}
				indices[i]++
				for j := i + 1; j < r; j++ {
					indices[j] = indices[j-1] + 1
				}
			}
			return pick(pool, indices, r), true, nil
		}), nil
	}
}

func init() {
	types := []*rt.Type{countType, cycleType, repeatType, accumulateType, batchedType, chainType, compressType,
		dropwhileType, takewhileType, filterfalseType, groupbyType, grouperType, isliceType, pairwiseType,
		starmapType, teeType, zipLongestType, productType, permutationsType, combinationsType, combinationsWRType}
	// The types' methods are made at the module's first import, not by
	// every process's start-up.
	typeSetup := rt.DeferTypeSetup(setupTypes, types...)
	rt.RegisterModule("itertools", func(th *rt.Thread, m *rt.Module) error {
		typeSetup.Ensure()
		m.Set("__doc__", rt.NewStr("Functional tools for creating and using iterators."))
		for _, t := range types {
			m.Set(t.Name, rt.ValueOf(t))
		}
		m.AddFunction("tee", itertoolsTee)
		return nil
	})
}

// setupTypes fills in the slots and methods of the module's types.
func setupTypes() {
	setup(countType, "Return a count object whose .__next__() method returns consecutive values.", newCount)
	setup(cycleType, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.", newCycle)
	setup(repeatType, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.", newRepeat)
	setup(accumulateType, "Return series of accumulated sums (or other binary function results).", newAccumulate)
	setup(batchedType, "Batch data into tuples of length n. The last batch may be shorter than n.", newBatched)
	setup(chainType, "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.", newChain)
	setup(compressType, "Return data elements corresponding to true selector elements.", newCompress)
	setup(dropwhileType, "Drop items from the iterable while predicate(item) is true.", predicateIter("dropwhile", dropwhileType, 0))
	setup(takewhileType, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.", predicateIter("takewhile", takewhileType, 1))
	setup(filterfalseType, "Return those items of iterable for which function(item) is false.", predicateIter("filterfalse", filterfalseType, 2))
	setup(groupbyType, "make an iterator that returns consecutive keys and groups from the iterable", newGroupby)
	setup(grouperType, "", nil)
	grouperType.New = nil
	grouperType.Flags &^= rt.FlagBaseType
	setup(isliceType, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object", newIslice)
	setup(pairwiseType, "Return an iterator of overlapping pairs taken from the input iterator.", newPairwise)
	setup(starmapType, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.", newStarmap)
	setup(teeType, "Iterator wrapped to make it copyable.", func(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (*iterator, error) {
		if err := positional("_tee", t, teeType, args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		src, err := rt.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		if !src.IsImmediate() && src.Type() == teeType {
			return asIterator(src).copy(), nil
		}
		return newTeeAt(&teeBuffer{src: src}, teeType, 0), nil
	})
	teeType.AddMethod("__copy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		return rt.ValueOf(asIterator(self).copy()), nil
	})
	setup(zipLongestType, "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.", newZipLongest)
	setup(productType, "Cartesian product of input iterables.  Equivalent to nested for-loops.", newProduct)
	setup(permutationsType, "Return successive r-length permutations of elements in the iterable.", newPermutations)
	setup(combinationsType, "Return successive r-length combinations of elements in the iterable.", newCombinations(false))
	setup(combinationsWRType, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.", newCombinations(true))
	repeatType.AddMethod("__length_hint__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		it := asIterator(self)
		if n := it.lengthHint(); n >= 0 {
			return rt.Int(n), nil
		}
		return rt.Value{}, rt.Errorf(rt.TypeError, "len() of unsized object")
	})
	chainType.AddClassMethod("from_iterable", func(th *rt.Thread, cls rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount("chain.from_iterable", args, kwnames, 1, 1); err != nil {
			return rt.Value{}, err
		}
		sources, err := rt.Iter(th, args[0])
		if err != nil {
			return rt.Value{}, err
		}
		t, _ := rt.AsType(cls)
		return rt.ValueOf(chainOf(t, sources)), nil
	})
}
