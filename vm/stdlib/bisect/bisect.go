// Package bisect is Kiln's bisect module, in Go: binary search and
// insertion in sorted sequences, with the key= argument of Python 3.10+.
// Lists are read directly; other sequences go through __getitem__.
package bisect

import (
	rt "github.com/kilnpy/kiln/vm/runtime"
)

// searchArgs are the parsed arguments of the four functions.
type searchArgs struct {
	a, x, key rt.Value
	lo, hi    int
}

func parseArgs(th *rt.Thread, name string, args []rt.Value, kwnames []string) (*searchArgs, error) {
	var a, x, lo, hi, key rt.Value
	if err := rt.UnpackArgs(name, args, kwnames, "a", &a, "x", &x, "lo?", &lo, "hi?", &hi, "$key?", &key); err != nil {
		return nil, err
	}
	s := &searchArgs{a: a, x: x, key: key, hi: -1}
	if lo.IsValid() {
		n, err := rt.AsInt(th, lo)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, rt.Errorf(rt.ValueError, "lo must be non-negative")
		}
		s.lo = int(n)
	}
	if hi.IsValid() && !hi.IsNone() {
		if !hi.IsSmallInt() && !hi.IsBool() && (hi.IsImmediate() || hi.Type().Layout != rt.LayoutInt) {
			if !hi.Type().Lookup("__index__").IsValid() {
				return nil, rt.Errorf(rt.TypeError, "argument should be integer or None, not '%s'", rt.TypeName(hi))
			}
		}
		n, err := rt.AsInt(th, hi)
		if err != nil {
			return nil, err
		}
		s.hi = int(n)
	} else {
		n, err := rt.Len(th, a)
		if err != nil {
			return nil, err
		}
		s.hi = n
	}
	if s.key.IsNone() {
		s.key = rt.Value{}
	}
	return s, nil
}

// item returns key(a[i]) (or a[i] without a key).
func (s *searchArgs) item(th *rt.Thread, i int) (rt.Value, error) {
	var v rt.Value
	if rt.IsExactList(s.a) {
		items := rt.ListItems(s.a)
		if i >= len(items) {
			return rt.Value{}, rt.Errorf(rt.IndexError, "list index out of range")
		}
		v = items[i]
	} else {
		var err error
		if v, err = rt.GetItem(th, s.a, rt.Int(int64(i))); err != nil {
			return rt.Value{}, err
		}
	}
	if s.key.IsValid() {
		return rt.Call(th, s.key, []rt.Value{v}, nil)
	}
	return v, nil
}

// search returns the insertion point of x (already keyed): the leftmost
// one if left, else the rightmost.
func (s *searchArgs) search(th *rt.Thread, x rt.Value, left bool) (int, error) {
	lo, hi := s.lo, s.hi
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v, err := s.item(th, mid)
		if err != nil {
			return 0, err
		}
		var goRight bool
		if left {
			goRight, err = rt.LessThan(th, v, x)
		} else {
			var less bool
			less, err = rt.LessThan(th, x, v)
			goRight = !less
		}
		if err != nil {
			return 0, err
		}
		if goRight {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

func bisectFunc(name string, left bool) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		s, err := parseArgs(th, name, args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		i, err := s.search(th, s.x, left)
		return rt.Int(int64(i)), err
	}
}

func insortFunc(name string, left bool) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		s, err := parseArgs(th, name, args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		x := s.x
		if s.key.IsValid() {
			if x, err = rt.Call(th, s.key, []rt.Value{s.x}, nil); err != nil {
				return rt.Value{}, err
			}
		}
		i, err := s.search(th, x, left)
		if err != nil {
			return rt.Value{}, err
		}
		if rt.IsExactList(s.a) && i <= len(rt.ListItems(s.a)) {
			rt.ListInsert(s.a, i, s.x)
			return rt.None, nil
		}
		_, err = rt.CallMethod(th, s.a, "insert", rt.Int(int64(i)), s.x)
		return rt.None, err
	}
}

func init() {
	// As in CPython, the functions live in _bisect (their __module__) and
	// bisect takes them from there and adds its two aliases.
	rt.RegisterModule("_bisect", func(th *rt.Thread, m *rt.Module) error {
		m.Set("__doc__", rt.NewStr("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n"+
			"having to sort the list after each insertion. For long lists of items with\n"+
			"expensive comparison operations, this can be an improvement over the more\ncommon approach.\n"))
		m.AddFunction("bisect_right", bisectFunc("bisect_right", false))
		m.AddFunction("bisect_left", bisectFunc("bisect_left", true))
		m.AddFunction("insort_right", insortFunc("insort_right", false))
		m.AddFunction("insort_left", insortFunc("insort_left", true))
		return nil
	})
	rt.RegisterModule("bisect", func(th *rt.Thread, m *rt.Module) error {
		impl, err := rt.ImportModule(th, "_bisect")
		if err != nil {
			return err
		}
		m.Set("__doc__", rt.NewStr("Bisection algorithms."))
		for _, name := range []string{"bisect_right", "bisect_left", "insort_right", "insort_left"} {
			f, err := rt.GetAttr(th, impl, name)
			if err != nil {
				return err
			}
			m.Set(name, f)
		}
		m.Set("bisect", m.Get("bisect_right"))
		m.Set("insort", m.Get("insort_right"))
		return nil
	})
}
