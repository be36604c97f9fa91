// Package heapq is Kiln's heapq module: the heap operations on lists in Go
// (heapq.go, as CPython's _heapq), and merge, nlargest and nsmallest in
// embedded Python (heapq.py). The sift loops follow the classic algorithm
// exactly, so heaps end up in the same order as under CPython.
package heapq

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

//go:embed heapq.py
var heapqSource []byte

// heap is a list being sifted; less is < for a min-heap and > for a
// max-heap. Comparisons may run Python code that changes the list, so
// after one that did (any but rt.LessThanPlain's) the items are re-read
// and a change of size is an error.
type heap struct {
	th   *rt.Thread
	list rt.Value
	max  bool
}

var errChanged = func() error { return rt.Errorf(rt.RuntimeError, "list changed size during iteration") }

// less compares a and b in the heap's order; plain reports that no
// Python code ran, so the list is as it was.
func (h *heap) less(a, b rt.Value) (lt, plain bool, err error) {
	if h.max {
		a, b = b, a
	}
	if a.IsSmallInt() && b.IsSmallInt() {
		return a.SmallInt() < b.SmallInt(), true, nil
	}
	if lt, ok := rt.LessThanPlain(a, b); ok {
		return lt, true, nil
	}
	lt, err = rt.LessThan(h.th, a, b)
	return lt, false, err
}

// siftDown moves the item at pos up towards startpos while it is less
// than its parent (CPython's _siftdown).
func (h *heap) siftDown(startpos, pos int) error {
	items := rt.ListItems(h.list)
	n := len(items)
	newitem := items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := items[parentpos]
		lt, plain, err := h.less(newitem, parent)
		if err != nil {
			return err
		}
		if !plain {
			items = rt.ListItems(h.list)
			if len(items) != n {
				return errChanged()
			}
		}
		if !lt {
			break
		}
		items[pos] = parent
		pos = parentpos
	}
	items[pos] = newitem
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, then puts
// the item at pos there and sifts it down (CPython's _siftup).
func (h *heap) siftUp(pos int) error {
	items := rt.ListItems(h.list)
	endpos := len(items)
	startpos := pos
	newitem := items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, plain, err := h.less(items[childpos], items[rightpos])
			if err != nil {
				return err
			}
			if !plain {
				items = rt.ListItems(h.list)
				if len(items) != endpos {
					return errChanged()
				}
			}
			if !lt {
				childpos = rightpos
			}
		}
		items[pos] = items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	items[pos] = newitem
	return h.siftDown(startpos, pos)
}

// heapqArgTypeName names v's type as Argument Clinic's messages do: None
// is "None", not "NoneType".
func heapqArgTypeName(v rt.Value) string {
	if v == rt.None {
		return "None"
	}
	return rt.TypeName(v)
}

func listArg(fname string, v rt.Value, what string) error {
	if v.IsImmediate() || !v.Type().IsSubtype(rt.ListType) {
		return rt.Errorf(rt.TypeError, "%s() argument %s must be list, not %s", fname, what, heapqArgTypeName(v))
	}
	return nil
}

func oneArg(name string, f func(th *rt.Thread, list rt.Value) (rt.Value, error)) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) > 0 {
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return rt.Value{}, rt.Errorf(rt.TypeError, "_heapq.%s() takes exactly one argument (%d given)", name, len(args))
		}
		if args[0].IsImmediate() || !args[0].Type().IsSubtype(rt.ListType) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s() argument must be list, not %s", name, heapqArgTypeName(args[0]))
		}
		return f(th, args[0])
	}
}

func twoArgs(name string, f func(th *rt.Thread, list, item rt.Value) (rt.Value, error)) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if len(kwnames) > 0 {
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 2 {
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		if err := listArg(name, args[0], "1"); err != nil {
			return rt.Value{}, err
		}
		return f(th, args[0], args[1])
	}
}

func heappush(th *rt.Thread, list, item rt.Value) (rt.Value, error) {
	rt.ListAppend(list, item)
	h := heap{th: th, list: list}
	return rt.None, h.siftDown(0, len(rt.ListItems(list))-1)
}

func pop(max bool) func(th *rt.Thread, list rt.Value) (rt.Value, error) {
	return func(th *rt.Thread, list rt.Value) (rt.Value, error) {
		items := rt.ListItems(list)
		n := len(items)
		if n == 0 {
			return rt.Value{}, rt.Errorf(rt.IndexError, "index out of range")
		}
		last := items[n-1]
		rt.ListTruncate(list, n-1)
		if n == 1 {
			return last, nil
		}
		items = rt.ListItems(list)
		top := items[0]
		items[0] = last
		h := heap{th: th, list: list, max: max}
		return top, h.siftUp(0)
	}
}

func heapify(max bool) func(th *rt.Thread, list rt.Value) (rt.Value, error) {
	return func(th *rt.Thread, list rt.Value) (rt.Value, error) {
		h := heap{th: th, list: list, max: max}
		n := len(rt.ListItems(list))
		for i := n/2 - 1; i >= 0; i-- {
			if err := h.siftUp(i); err != nil {
				return rt.Value{}, err
			}
			if len(rt.ListItems(list)) != n {
				return rt.Value{}, errChanged()
			}
		}
		return rt.None, nil
	}
}

func replace(max bool) func(th *rt.Thread, list, item rt.Value) (rt.Value, error) {
	return func(th *rt.Thread, list, item rt.Value) (rt.Value, error) {
		items := rt.ListItems(list)
		if len(items) == 0 {
			return rt.Value{}, rt.Errorf(rt.IndexError, "index out of range")
		}
		top := items[0]
		items[0] = item
		h := heap{th: th, list: list, max: max}
		return top, h.siftUp(0)
	}
}

func heappushpop(th *rt.Thread, list, item rt.Value) (rt.Value, error) {
	items := rt.ListItems(list)
	if len(items) == 0 {
		return item, nil
	}
	lt, err := rt.LessThan(th, items[0], item)
	if err != nil || !lt {
		return item, err
	}
	items = rt.ListItems(list)
	if len(items) == 0 {
		return rt.Value{}, rt.Errorf(rt.IndexError, "index out of range")
	}
	top := items[0]
	items[0] = item
	h := heap{th: th, list: list}
	return top, h.siftUp(0)
}

func init() {
	rt.RegisterModule("_heapq", func(th *rt.Thread, m *rt.Module) error {
		m.AddFunction("heappush", twoArgs("heappush", heappush))
		m.AddFunction("heappop", oneArg("heappop", pop(false)))
		m.AddFunction("heapify", oneArg("heapify", heapify(false)))
		m.AddFunction("heapreplace", twoArgs("heapreplace", replace(false)))
		m.AddFunction("heappushpop", twoArgs("heappushpop", heappushpop))
		m.AddFunction("_heappop_max", oneArg("_heappop_max", pop(true)))
		m.AddFunction("_heapify_max", oneArg("_heapify_max", heapify(true)))
		m.AddFunction("_heapreplace_max", twoArgs("_heapreplace_max", replace(true)))
		m.AddFunction("_select", heapqSelect)
		return nil
	})
	rt.RegisterPythonModule("heapq", heapqSource)
}
