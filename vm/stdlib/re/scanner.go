package re

// This file defines Pattern.scanner: CPython's _sre.SRE_Scanner, whose
// match() and search() each find the next match after the last one (an
// empty match may not be followed by another empty one at the same
// place), and return None from the first failure on.

import rt "github.com/kilnpy/kiln/vm/runtime"

// scannerType is _sre.SRE_Scanner.
var scannerType = func() *rt.Type {
	t := rt.NewBuiltinType("SRE_Scanner", rt.ObjectType, rt.LayoutOther, 0)
	t.Module = "_sre"
	return t
}()

// reScanner is a scanner: finditer's state, with the pattern object.
type reScanner struct {
	rt.Object
	it      *matchIter
	pattern rt.Value
}

// next finds the next match, at the scanner's position only if anchored.
func (sc *reScanner) next(anchored bool) (rt.Value, error) {
	it := sc.it
	if it.done || it.start > it.end {
		it.done = true
		return rt.None, nil
	}
	m := it.m
	var ok bool
	if anchored {
		ok = it.pat.prog.matchAt(m, it.start)
	} else {
		ok = it.pat.prog.search(m, it.start)
	}
	if m.overflow {
		it.done = true
		return rt.Value{}, overflowErr()
	}
	if !ok {
		it.done = true
		return rt.None, nil
	}
	a, b := m.caps[0], m.caps[1]
	m.noEmptyAt = -1
	if a == b {
		m.noEmptyAt = b
	}
	it.start = b
	return newMatch(it.pat, it.subj, m, it.pos, it.end), nil
}

// setupScanner fills in the methods of the scanner type (reSetup).
func setupScanner() {
	PatternType.AddMethod("scanner", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		var s, pos, end rt.Value
		if err := rt.UnpackArgs("scanner", args, kw, "string", &s, "pos?", &pos, "endpos?", &end); err != nil {
			return rt.Value{}, err
		}
		p, _ := asPattern(self)
		it, err := p.finditer(th, s, pos, end)
		if err != nil {
			return rt.Value{}, err
		}
		sc := &reScanner{Object: rt.NewObjectHeader(scannerType), it: (*matchIter)(it.Pointer()), pattern: self}
		return rt.ValueOf(sc), nil
	})
	for _, name := range []string{"match", "search"} {
		anchored := name == "match"
		scannerType.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
			if len(kw) > 0 {
				return rt.Value{}, rt.Errorf(rt.TypeError, "%s() got an unexpected keyword argument '%s'", name, kw[0])
			}
			if len(args) > 0 {
				return rt.Value{}, rt.Errorf(rt.TypeError, "%s() takes no arguments", name)
			}
			return (*reScanner)(self.Pointer()).next(anchored)
		})
	}
	scannerType.AddGetSet("pattern", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		return (*reScanner)(self.Pointer()).pattern, nil
	}, nil)
}
