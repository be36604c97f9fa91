package heapq

import (
	"sort"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines _heapq._select, the engine of nsmallest and nlargest:
// one pass over the input keeping the n best items in a heap whose root is
// the worst of them, so most items cost one comparison with the root. Ties
// keep input order, so the result is sorted(iterable, key=key,
// reverse=largest)[:n], as CPython's is.

type selectEntry struct {
	key, item rt.Value
	order     int
}

type selector struct {
	th      *rt.Thread
	largest bool
	heap    []selectEntry
	err     error
}

// better reports whether key a ranks strictly before key b.
func (s *selector) better(a, b rt.Value) bool {
	if s.err != nil {
		return false
	}
	var r bool
	if s.largest {
		r, s.err = rt.LessThan(s.th, b, a)
	} else {
		r, s.err = rt.LessThan(s.th, a, b)
	}
	return r
}

// worse reports whether entry a ranks after entry b (ties: later input).
func (s *selector) worse(a, b *selectEntry) bool {
	if s.better(b.key, a.key) {
		return true
	}
	if s.err != nil || s.better(a.key, b.key) {
		return false
	}
	return a.order > b.order
}

func (s *selector) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !s.worse(&s.heap[i], &s.heap[p]) {
			return
		}
		s.heap[i], s.heap[p] = s.heap[p], s.heap[i]
		i = p
	}
}

func (s *selector) down(i int) {
	n := len(s.heap)
	for {
		w := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < n && s.worse(&s.heap[c], &s.heap[w]) {
				w = c
			}
		}
		if w == i || s.err != nil {
			return
		}
		s.heap[i], s.heap[w] = s.heap[w], s.heap[i]
		i = w
	}
}

func heapqSelect(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_select", args, kwnames, 4, 4); err != nil {
		return rt.Value{}, err
	}
	n64, err := rt.AsInt(th, args[0])
	if err != nil {
		return rt.Value{}, err
	}
	key := args[2]
	largest, err := rt.Truth(th, args[3])
	if err != nil {
		return rt.Value{}, err
	}
	if n64 <= 0 {
		return rt.NewList(nil), nil
	}
	n := int(n64)
	s := &selector{th: th, largest: largest}
	order := 0
	var keyFn *rt.KeyFunc
	if !key.IsNone() {
		keyFn = rt.NewKeyFunc(th, key)
	}
	err = rt.ForEach(th, args[1], func(x rt.Value) error {
		k := x
		if keyFn != nil {
			var err error
			if k, err = keyFn.Call(x); err != nil {
				return err
			}
		}
		e := selectEntry{key: k, item: x, order: order}
		order++
		if len(s.heap) < n {
			s.heap = append(s.heap, e)
			s.up(len(s.heap) - 1)
		} else if s.better(k, s.heap[0].key) {
			s.heap[0] = e
			s.down(0)
		}
		return s.err
	})
	if err != nil {
		return rt.Value{}, err
	}
	sort.SliceStable(s.heap, func(i, j int) bool { return s.worse(&s.heap[j], &s.heap[i]) })
	if s.err != nil {
		return rt.Value{}, s.err
	}
	out := make([]rt.Value, len(s.heap))
	for i, e := range s.heap {
		out[i] = e.item
	}
	return rt.NewList(out), nil
}
