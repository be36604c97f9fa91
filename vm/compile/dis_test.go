package compile

import (
	"strings"
	"testing"

	. "github.com/kilnpy/kiln/vm/internal/astbuild"
	"github.com/kilnpy/kiln/vm/syntax"
)

// TestDisassembly compiles small functions and compares the disassembly
// of the first code object among the module's constants (the function).
func TestDisassembly(t *testing.T) {
	for _, tc := range []struct {
		name string
		fn   *syntax.FunctionDef
		want string
	}{
		{"fused compare loop", Def("f", Args("n"),
			Let("i", I(0)),
			While(Cmp(Name("i"), syntax.Lt, Name("n")), Aug("i", syntax.Add, I(1))),
			Return(Name("i"))), `code f: locals=2 regs=5 kbase=2 nk=3
  1    0  MOVE         r1 r2
       1  JMP          ->3
       2  IADD         r1 r1 r3
       3  JLT          r1 r0 1 ->2
       5  RETURN       r1
       6  RETURN       r4
`},
		{"chained comparison evaluates the middle once", Def("f", Args("a", "b", "c"),
			Return(&syntax.Compare{Left: Name("a"), Ops: []syntax.CmpOperator{syntax.Lt, syntax.Lt},
				Comparators: []syntax.Expr{CallE(Name("b")), Name("c")}})), `code f: locals=3 regs=7 kbase=6 nk=1
  1    0  MOVE         r5 r1
       1  CALL         r4 r5 0
       2  MOVE         r5 r4
       3  LT           r3 r0 r5
       4  JF           r3 ->7
       6  LT           r3 r5 r2
       7  RETURN       r3
       8  RETURN       r6
`},
		{"call with keywords", Def("f", Args("g", "x"),
			Return(CallKw(Name("g"), []syntax.Expr{Name("x")}, Kw("k", I(1))))), `code f: locals=2 regs=8 kbase=6 nk=2
  1    0  MOVE         r3 r0
       1  MOVE         r4 r1
       2  MOVE         r5 r6
       3  CALLKW       r2 r3 2 k1 ["k"]
       5  RETURN       r2
       6  RETURN       r7
`},
		{"boolean operators and conditional jumps", Def("f", Args("a", "b"),
			If(And(Name("a"), Not(Name("b"))), []syntax.Stmt{Return(Or(Name("a"), Name("b")))}),
			Return(NoneLit())), `code f: locals=2 regs=4 kbase=3 nk=1
  1    0  JF           r0 ->9
       2  JT           r1 ->9
       4  MOVE         r2 r0
       5  JT           r2 ->8
       7  MOVE         r2 r1
       8  RETURN       r2
       9  RETURN       r3
      10  RETURN       r3
`},
		{"unpacking and star", Def("f", Args("xs"),
			Assign(StoreTuple(Store("a"), &syntax.Starred{Value: Store("b"), Ctx: syntax.Store}), Name("xs")),
			Return(Tup(Name("b"), Name("a")))), `code f: locals=3 regs=7 kbase=6 nk=1
  1    0  UNPACKEX     r3 r0 1 0
       2  MOVE         r1 r3
       3  MOVE         r2 r4
       4  MOVE         r4 r2
       5  MOVE         r5 r1
       6  TUPLE        r3 r4 2
       7  RETURN       r3
       8  RETURN       r6
`},
		{"for loop with break and else", Def("f", Args("xs"),
			&syntax.For{Target: Store("x"), Iter: Name("xs"),
				Body:   []syntax.Stmt{If(Name("x"), []syntax.Stmt{Break()})},
				OrElse: []syntax.Stmt{Return(I(1))}},
			Return(I(0))), `code f: locals=2 regs=7 kbase=4 nk=3
  1    0  GETITER      r2 r0
       1  FORITER      r1 r2 ->7
       3  JF           r1 ->6
       5  JMP          ->8
       6  JMP          ->1
       7  RETURN       r4
       8  RETURN       r5
       9  RETURN       r6
`},
		{"generator", Def("f", Args("xs"),
			Expr(Yield(Name("xs"))), Expr(YieldFrom(Name("xs")))), `code f: locals=1 regs=4 kbase=3 nk=1
  1    0  YIELD        r1 r0
       1  GETITER      r2 r0
       2  YIELDFROM    r1 r2
       3  RETURN       r3
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, err := Compile(Mod(tc.fn), Exec)
			if err != nil {
				t.Fatal(err)
			}
			got := code.Consts[0].(*Code).Disassemble()
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	for _, tc := range []struct {
		mod  *syntax.Module
		want string
	}{
		{Mod(Return(I(1))), "'return' outside function"},
		{Mod(Break()), "'break' outside loop"},
		{Mod(Continue()), "'continue' not properly in loop"},
		{Mod(Expr(Yield(I(1)))), "'yield' outside function"},
		{Mod(Def("f", nil, Expr(Name("x")), Global("x"))), "name 'x' is used prior to global declaration"},
		{Mod(Def("f", nil, Let("x", I(1)), Global("x"))), "name 'x' is assigned to before global declaration"},
		{Mod(Def("f", nil, Nonlocal("x"))), "no binding for nonlocal 'x' found"},
		{Mod(Nonlocal("x")), "nonlocal declaration not allowed at module level"},
		{Mod(Def("f", Args("x", "x"))), "duplicate argument 'x' in function definition"},
		{Mod(Def("f", Args("x"), Global("x"))), "name 'x' is parameter and global"},
		{Mod(While(Name("x"), Def("g", nil, Break()))), "'break' outside loop"},
	} {
		_, err := Compile(tc.mod, Exec)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want %q", err, tc.want)
		}
		if e, ok := err.(*Error); ok && e.Span.Start.Line == 0 {
			t.Errorf("%q: error without a position", tc.want)
		}
	}
}

func TestPositions(t *testing.T) {
	// line 3: y = 1 + f(x): the CALL maps to the span of f(x).
	call := &syntax.Call{Span: syntax.Span{Start: syntax.Pos{Line: 3, Col: 8}, End: syntax.Pos{Line: 3, Col: 12}}, Func: Name("f"), Args: []syntax.Expr{Name("x")}}
	add := &syntax.BinOp{Span: syntax.Span{Start: syntax.Pos{Line: 3, Col: 4}, End: syntax.Pos{Line: 3, Col: 12}}, Left: I(1), Op: syntax.Add, Right: call}
	code, err := Compile(Mod(&syntax.Assign{Span: syntax.Span{Start: syntax.Pos{Line: 3}, End: syntax.Pos{Line: 3, Col: 12}}, Targets: []syntax.Expr{Store("y")}, Value: add}), Exec)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for pc := 0; pc < len(code.Code); pc++ {
		switch Op(code.Code[pc]) {
		case CALL:
			if l, c, el, ec := code.Pos(pc); l != 3 || c != 8 || el != 3 || ec != 12 {
				t.Errorf("CALL at %d:%d-%d:%d", l, c, el, ec)
			}
			found++
		case ADD:
			if l, c, el, ec := code.Pos(pc); l != 3 || c != 4 || el != 3 || ec != 12 {
				t.Errorf("ADD at %d:%d-%d:%d", l, c, el, ec)
			}
			found++
		}
	}
	if found != 2 {
		t.Errorf("found %d of CALL, ADD\n%s", found, code.Disassemble())
	}
}

func TestWarnings(t *testing.T) {
	is := &syntax.Compare{Left: Name("x"), Ops: []syntax.CmpOperator{syntax.Is}, Comparators: []syntax.Expr{I(1)}}
	code, err := Compile(Mod(
		Expr(is),
		Expr(CallE(S("f"))),
		Assert(Tup(Name("x"), S("msg")), nil),
	), Exec)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`"is" with 'int' literal. Did you mean "=="?`,
		"'str' object is not callable; perhaps you missed a comma?",
		"assertion is always true, perhaps remove parentheses?",
	}
	if len(code.Warnings) != len(want) {
		t.Fatalf("warnings = %v", code.Warnings)
	}
	for i, w := range code.Warnings {
		if w.Msg != want[i] {
			t.Errorf("warning %d = %q, want %q", i, w.Msg, want[i])
		}
	}
}

func TestExceptStarRestrictions(t *testing.T) {
	try := &syntax.Try{Body: []syntax.Stmt{Pass()}, IsStar: true,
		Handlers: []*syntax.ExceptHandler{Except(Name("ValueError"), "", Break())}}
	_, err := Compile(Mod(While(Name("x"), try)), Exec)
	if err == nil || !strings.Contains(err.Error(), "'break', 'continue' and 'return' cannot appear in an except* block") {
		t.Errorf("got %v", err)
	}
}
