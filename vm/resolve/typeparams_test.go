package resolve

import (
	"testing"

	"github.com/kilnpy/kiln/vm/syntax"
)

func TestTypeParamScopes(t *testing.T) {
	src := `class K:
    def m[T: int](self, x: T) -> T:
        return T
    class C[U](list[T]):
        def get(self): return U
`
	mod, err := syntax.Parse("t.py", []byte(src), syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	info, err := File(mod)
	if err != nil {
		t.Fatal(err)
	}
	k := mod.Body[0].(*syntax.ClassDef)
	m := k.Body[0].(*syntax.FunctionDef)
	c := k.Body[1].(*syntax.ClassDef)
	get := c.Body[0].(*syntax.FunctionDef)
	sk, tpm, sm := info.ScopeOf(k), info.TypeParamsOf(m), info.ScopeOf(m)
	tpc, sc, sget := info.TypeParamsOf(c), info.ScopeOf(c), info.ScopeOf(get)
	bound := info.ScopeOf(m.TypeParams[0])
	if tpm == nil || tpc == nil || bound == nil || info.TypeParamsOf(get) != nil {
		t.Fatalf("annotation scopes: %v %v %v %v", tpm, tpc, bound, info.TypeParamsOf(get))
	}
	for _, tc := range []struct {
		s    *Scope
		name string
		want Binding
	}{
		{tpm, "T", Cell},           // captured by the body of m
		{sm, "T", Free},            // m's body sees its type parameter
		{tpm, ClassDictName, Free}, // and the scope sees K's namespace
		{bound, "int", GlobalImplicit},
		{tpc, "U", Cell},
		{tpc, "T", GlobalImplicit}, // m's T is not visible here
		{tpc, TypeParamsName, Cell},
		{sc, TypeParamsName, Free},
		{sget, "U", Free},
		{sk, "T", Name},
	} {
		if got := tc.s.Lookup(tc.name); got != tc.want {
			t.Errorf("%s: %s is %v, want %v", tc.s.Qualname, tc.name, got, tc.want)
		}
	}
	if tpm.Kind != AnnotationScope || !tpm.CanSeeClassScope || !bound.CanSeeClassScope || !sk.NeedsClassDict {
		t.Errorf("class-scope visibility: %v %v %v", tpm.CanSeeClassScope, bound.CanSeeClassScope, sk.NeedsClassDict)
	}
	if sm.Qualname != "K.m" || sc.Qualname != "K.C" || sget.Qualname != "K.C.get" {
		t.Errorf("qualnames %q %q %q", sm.Qualname, sc.Qualname, sget.Qualname)
	}
}
