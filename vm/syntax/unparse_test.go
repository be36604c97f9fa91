package syntax

import "testing"

// TestUnparse checks Unparse against the strings CPython 3.12 stores for
// annotations under `from __future__ import annotations` (each want was
// printed by CPython from `x: <src>` and `__annotations__`).
func TestUnparse(t *testing.T) {
	cases := []struct{ src, want string }{
		{"List[ int ]", "List[int]"},
		{"'str'", "'str'"},
		{"int | None", "int | None"},
		{"(a + b) * c", "(a + b) * c"},
		{"-x ** -y", "-x ** (-y)"},
		{"2 ** 3 ** 4 + (2 ** 3) ** 4", "2 ** 3 ** 4 + (2 ** 3) ** 4"},
		{"not a and (b or c)", "not a and (b or c)"},
		{"x if y else z", "x if y else z"},
		{"f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"},
		{"g(x for x in y if x)", "g(x for x in y if x)"},
		{"a < b <= c is not d not in e", "a < b <= c is not d not in e"},
		{"(1).real + 1 .imag", "1 .real + 1 .imag"},
		{"x[()] + x[a,] + x[a:b] + x[::]", "x[()] + x[a,] + x[a:b] + x[:]"},
		{"Tuple[int, ...]", "Tuple[int, ...]"},
		{"lambda: 0", "lambda: 0"},
		{"{1: 2, **d}", "{1: 2, **d}"},
		{"1e999", "1e309"},
		{"b'x'", "b'x'"},
		{"u'u'", "u'u'"},
		{`f"a{b!r:>{w}}c{{d}}"`, `f'a{b!r:>{w}}c{{d}}'`},
	}
	for _, c := range cases {
		mod, err := Parse("<test>", []byte(c.src), ModeEval)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		e := mod.Body[0].(*ExprStmt).Value
		if got := Unparse(e); got != c.want {
			t.Errorf("Unparse(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}
