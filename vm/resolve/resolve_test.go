package resolve

import (
	"testing"

	a "github.com/kilnpy/kiln/vm/internal/astbuild"
	"github.com/kilnpy/kiln/vm/syntax"
)

func TestBindings(t *testing.T) {
	// x = 1
	// def outer(a):
	//     b = 2
	//     def inner():
	//         nonlocal b
	//         b = a + x + len
	//     return inner
	// class C:
	//     y = 1
	//     def m(self): return super()
	inner := a.Def("inner", nil, a.Nonlocal("b"), a.Let("b", a.Bin(a.Bin(a.Name("a"), syntax.Add, a.Name("x")), syntax.Add, a.Name("len"))))
	outer := a.Def("outer", a.Args("a"), a.Let("b", a.I(2)), inner, a.Return(a.Name("inner")))
	m := a.Def("m", a.Args("self"), a.Return(a.CallE(a.Name("super"))))
	class := a.Class("C", nil, a.Let("y", a.I(1)), m)
	info, err := File(a.Mod(a.Let("x", a.I(1)), outer, class))
	if err != nil {
		t.Fatal(err)
	}
	so, si, sc, sm := info.ScopeOf(outer), info.ScopeOf(inner), info.ScopeOf(class), info.ScopeOf(m)
	for _, tc := range []struct {
		s    *Scope
		name string
		want Binding
	}{
		{info.Module, "x", Name},
		{so, "a", Cell},
		{so, "b", Cell},
		{so, "inner", Local},
		{si, "a", Free},
		{si, "b", Free},
		{si, "x", GlobalImplicit},
		{si, "len", GlobalImplicit},
		{sc, "y", Name},
		{sm, "self", Local},
		{sm, "__class__", Free},
	} {
		if got := tc.s.Lookup(tc.name); got != tc.want {
			t.Errorf("%s: %s is %v, want %v", tc.s.Qualname, tc.name, got, tc.want)
		}
	}
	if !sc.NeedsClassCell || len(sc.Cells) != 1 || sc.Cells[0] != "__class__" {
		t.Errorf("class cells = %v, needs = %v", sc.Cells, sc.NeedsClassCell)
	}
	if si.Qualname != "outer.<locals>.inner" || sm.Qualname != "C.m" {
		t.Errorf("qualnames %q %q", si.Qualname, sm.Qualname)
	}
	if got := so.Cells; len(got) != 2 || got[0] != "a" || got[1] != "b" {
		t.Errorf("outer cells = %v", got)
	}
}

func TestComprehensionScopes(t *testing.T) {
	// def f(xs): return [y for y in xs if (z := y)]
	comp := a.ListComp(a.Name("y"), a.Store("y"), a.Name("xs"), &syntax.NamedExpr{Target: a.Store("z"), Value: a.Name("y")})
	f := a.Def("f", a.Args("xs"), a.Return(comp))
	info, err := File(a.Mod(f))
	if err != nil {
		t.Fatal(err)
	}
	sc, sf := info.ScopeOf(comp), info.ScopeOf(f)
	if sc.Lookup("y") != Local || sc.Lookup("z") != Free || sf.Lookup("z") != Cell {
		t.Errorf("y=%v z=%v f.z=%v", sc.Lookup("y"), sc.Lookup("z"), sf.Lookup("z"))
	}
	if sc.Lookup("xs") != GlobalImplicit && sc.Lookup("xs") != Free {
		t.Errorf("xs = %v", sc.Lookup("xs"))
	}
}
