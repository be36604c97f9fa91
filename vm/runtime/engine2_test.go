package runtime

import (
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/compile"
	. "github.com/kilnpy/kiln/vm/internal/astbuild"
	"github.com/kilnpy/kiln/vm/syntax"
)

func TestClassBody(t *testing.T) {
	// def meta(name, bases, ns): return ns
	// class C(metaclass=meta):
	//     """doc"""
	//     x = 1
	//     y = x + 1
	//     def m(self): return __class__
	_, g := mustRun(t, Mod(
		Def("meta", Args("name", "bases", "ns"), Return(Name("ns"))),
		&syntax.ClassDef{Name: "C", Keywords: []*syntax.Keyword{Kw("metaclass", Name("meta"))}, Body: []syntax.Stmt{
			Expr(S("doc")),
			Let("x", I(1)),
			Let("y", Bin(Name("x"), syntax.Add, I(1))),
			Def("m", Args("self"), Return(Name("__class__"))),
		}},
	))
	ns := global(t, g, "C")
	if ns.Type() != DictType {
		t.Fatalf("C = %v", ns)
	}
	d := as[Dict](ns)
	for name, want := range map[string]string{"__module__": "__main__", "__qualname__": "C", "__doc__": "doc"} {
		if v, ok := d.GetStr(name); !ok || StrValue(v) != want {
			t.Errorf("%s = %v", name, v)
		}
	}
	if v, _ := d.GetStr("y"); v.SmallInt() != 2 {
		t.Errorf("y = %v", v)
	}
	if v, ok := d.GetStr("__classcell__"); !ok || v.Type() != CellType {
		t.Errorf("__classcell__ = %v", v)
	}
}

// ctxType is a context manager implemented in Go for the with tests: it
// records calls in a list and suppresses exceptions if told to.
var ctxType = NewBuiltinType("Ctx", ObjectType, LayoutOther, 0)

type ctxObj struct {
	Object
	log      []string
	suppress bool
}

func init() {
	ctxType.AddMethod("__enter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c := as[ctxObj](self)
		c.log = append(c.log, "enter")
		return Int(42), nil
	})
	ctxType.AddMethod("__exit__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c := as[ctxObj](self)
		c.log = append(c.log, "exit:"+TypeName(args[0]))
		return Bool(c.suppress), nil
	})
}

func TestWith(t *testing.T) {
	// with c as v: r = v
	// with s: 1 / 0        (suppressed)
	// with c: raise KeyError (propagates)
	c := &ctxObj{Object: Object{typ: ctxType}}
	s := &ctxObj{Object: Object{typ: ctxType}, suppress: true}
	c2 := &ctxObj{Object: Object{typ: ctxType}}
	mod := Mod(
		With(Name("c"), Store("v"), Let("r", Name("v"))),
		Let("r2", CallE(Attr(Name("c"), "__enter__"))),
		With(Name("s"), nil, Expr(Bin(I(1), syntax.Div, I(0)))),
		Let("after", BoolLit(true)),
		With(Name("c2"), nil, Raise(Name("KeyError"))),
	)
	th := NewInterpreter(Options{}).MainThread()
	for _, t := range ExceptionTypes {
		th.Interp.Builtins.SetStr(t.Name, ValueOf(t))
	}
	gl := NewDict()
	gl.SetStr("c", ValueOf(c))
	gl.SetStr("s", ValueOf(s))
	gl.SetStr("c2", ValueOf(c2))
	code := compileMod(t, mod)
	_, err := RunModule(th, code, gl)
	if err == nil || !IsInstanceOf(err, KeyError) {
		t.Fatalf("err = %v", err)
	}
	if v, _ := gl.GetStr("r"); v.SmallInt() != 42 {
		t.Errorf("r = %v", v)
	}
	if v, _ := gl.GetStr("r2"); v.SmallInt() != 42 {
		t.Errorf("r2 = %v", v)
	}
	if v, _ := gl.GetStr("after"); !v.IsTrue() {
		t.Errorf("after = %v", v)
	}
	if got := strings.Join(c.log, " "); got != "enter exit:NoneType enter" {
		t.Errorf("c: %s", got)
	}
	if got := strings.Join(s.log, " "); got != "enter exit:type" {
		t.Errorf("s: %s", got)
	}
	if got := strings.Join(c2.log, " "); got != "enter exit:type" {
		t.Errorf("c2: %s", got)
	}
	if th.HandledException().p != nil {
		t.Errorf("handled exception leaked: %v", th.HandledException())
	}
}

func TestMatch(t *testing.T) {
	// def f(x):
	//     match x:
	//         case 1 | 2: return "small"
	//         case [a, *rest] if a > 5: return rest
	//         case (a, b): return a + b
	//         case {"k": v, **kw}: return kw
	//         case int(n): return -n
	//         case _: return None
	m := &syntax.Match{Subject: Name("x"), Cases: []*syntax.MatchCase{
		{Pattern: &syntax.MatchOr{Patterns: []syntax.Pattern{&syntax.MatchValue{Value: I(1)}, &syntax.MatchValue{Value: I(2)}}},
			Body: []syntax.Stmt{Return(S("small"))}},
		{Pattern: &syntax.MatchSequence{Patterns: []syntax.Pattern{&syntax.MatchAs{Name: "a"}, &syntax.MatchStar{Name: "rest"}}},
			Guard: Cmp(Name("a"), syntax.Gt, I(5)), Body: []syntax.Stmt{Return(Name("rest"))}},
		{Pattern: &syntax.MatchSequence{Patterns: []syntax.Pattern{&syntax.MatchAs{Name: "a"}, &syntax.MatchAs{Name: "b"}}},
			Body: []syntax.Stmt{Return(Bin(Name("a"), syntax.Add, Name("b")))}},
		{Pattern: &syntax.MatchMapping{Keys: []syntax.Expr{S("k")}, Patterns: []syntax.Pattern{&syntax.MatchAs{Name: "v"}}, Rest: "kw"},
			Body: []syntax.Stmt{Return(Name("kw"))}},
		{Pattern: &syntax.MatchClass{Cls: Name("int"), Patterns: []syntax.Pattern{&syntax.MatchAs{Name: "n"}}},
			Body: []syntax.Stmt{Return(&syntax.UnaryOp{Op: syntax.USub, Operand: Name("n")})}},
		{Pattern: &syntax.MatchAs{}, Body: []syntax.Stmt{Return(NoneLit())}},
	}}
	mod := Mod(Def("f", Args("x"), m))
	th := NewInterpreter(Options{}).MainThread()
	th.Interp.Builtins.SetStr("int", ValueOf(IntType))
	gl := NewDict()
	if _, err := RunModule(th, compileMod(t, mod), gl); err != nil {
		t.Fatal(err)
	}
	f := global(t, gl, "f")
	d := NewDict()
	d.SetStr("k", Int(1))
	d.SetStr("z", Int(2))
	for _, tc := range []struct {
		arg  Value
		want string
	}{
		{Int(2), `"small"`},
		{NewList([]Value{Int(7), Int(8), Int(9)}), `[8 9]`},
		{NewTuple([]Value{Int(3), Int(4)}), `7`},
		{ValueOf(d), `z=2`},
		{Int(10), `-10`},
		{NewStr("x"), `None`},
	} {
		v, err := Call(th, f, []Value{tc.arg}, nil)
		if err != nil {
			t.Fatalf("f(%v): %v", tc.arg, err)
		}
		got := v.String()
		switch {
		case v.Type() == ListType:
			got = strings.Trim(strings.ReplaceAll(strings.Join(strings.Fields(strings.Trim(listString(v), "[]")), " "), ",", ""), " ")
			got = "[" + got + "]"
		case v.Type() == DictType:
			keys, vals := as[Dict](v).Items()
			var parts []string
			for i := range keys {
				parts = append(parts, StrValue(keys[i])+"="+vals[i].String())
			}
			got = strings.Join(parts, ",")
		}
		if got != tc.want {
			t.Errorf("f(%v) = %s, want %s", tc.arg, got, tc.want)
		}
	}
}

func listString(v Value) string {
	var parts []string
	for _, x := range ListItems(v) {
		parts = append(parts, x.String())
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func TestGeneratorProtocol(t *testing.T) {
	// def g():
	//     try:
	//         x = yield 1
	//         yield x
	//     finally:
	//         log.append("closed")
	mod := Mod(Def("g", nil, Try([]syntax.Stmt{
		Let("x", Yield(I(1))),
		Expr(Yield(Name("x"))),
	}, nil, nil, []syntax.Stmt{Expr(CallE(Attr(Name("log"), "append"), S("closed")))})))
	th := NewInterpreter(Options{}).MainThread()
	gl := NewDict()
	logged := 0
	logObj := &ctxObj{Object: Object{typ: ctxType}}
	_ = logObj
	gl.SetStr("log", NewBuiltinFunction("log", "t", nil))
	if _, err := RunModule(th, compileMod(t, mod), gl); err != nil {
		t.Fatal(err)
	}
	// log.append: a module-like object with an append function.
	lm := NewModule("log")
	lm.Dict().SetStr("append", NewBuiltinFunction("append", "log", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		logged++
		return None, nil
	}))
	gl.SetStr("log", ValueOf(lm))
	gen, err := Call(th, global(t, gl, "g"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	g := as[Generator](gen)
	if _, err := g.Send(th, Int(5)); err == nil || !strings.Contains(err.Error(), "can't send non-None value to a just-started generator") {
		t.Errorf("send to new generator: %v", err)
	}
	if v, err := g.Send(th, None); err != nil || v.SmallInt() != 1 {
		t.Fatalf("first = %v, %v", v, err)
	}
	if v, err := g.Send(th, Int(7)); err != nil || v.SmallInt() != 7 {
		t.Fatalf("second = %v, %v", v, err)
	}
	if err := g.Close(th); err != nil {
		t.Fatal(err)
	}
	if logged != 1 {
		t.Errorf("finally ran %d times", logged)
	}
	if _, err := g.Send(th, None); err == nil || !IsInstanceOf(err, StopIteration) {
		t.Errorf("after close: %v", err)
	}
}

func TestTracebackCarets(t *testing.T) {
	// def f(a, b):
	//     return a / b
	//
	// x = [1]
	// y = 1 + f(1, 0)
	src := "def f(a, b):\n    return a / b\n\nx = [1]\ny = 1 + f(1, 0)\n"
	name := func(id string, sp syntax.Span) *syntax.Name { return &syntax.Name{Span: sp, Id: id} }
	num := func(n int64, sp syntax.Span) *syntax.Constant { c := I(n); c.Span = sp; return c }
	div := &syntax.BinOp{Span: Sp(2, 11, 2, 16), Left: name("a", Sp(2, 11, 2, 12)), Op: syntax.Div, Right: name("b", Sp(2, 15, 2, 16))}
	fdef := &syntax.FunctionDef{Span: Sp(1, 0, 2, 16), Name: "f", Args: Args("a", "b"),
		Body: []syntax.Stmt{&syntax.Return{Span: Sp(2, 4, 2, 16), Value: div}}}
	call := &syntax.Call{Span: Sp(5, 8, 5, 15), Func: name("f", Sp(5, 8, 5, 9)), Args: []syntax.Expr{num(1, Sp(5, 10, 5, 11)), num(0, Sp(5, 13, 5, 14))}}
	mod := &syntax.Module{Filename: "t.py", Body: []syntax.Stmt{
		fdef,
		&syntax.Assign{Span: Sp(4, 0, 4, 7), Targets: []syntax.Expr{&syntax.Name{Span: Sp(4, 0, 4, 1), Id: "x", Ctx: syntax.Store}},
			Value: &syntax.List{Span: Sp(4, 4, 4, 7), Elts: []syntax.Expr{num(1, Sp(4, 5, 4, 6))}}},
		&syntax.Assign{Span: Sp(5, 0, 5, 15), Targets: []syntax.Expr{&syntax.Name{Span: Sp(5, 0, 5, 1), Id: "y", Ctx: syntax.Store}},
			Value: &syntax.BinOp{Span: Sp(5, 4, 5, 15), Left: num(1, Sp(5, 4, 5, 5)), Op: syntax.Add, Right: call}},
	}}
	th, _, err := runModuleWithSource(t, mod, src)
	if err == nil {
		t.Fatal("no error")
	}
	got := FormatException(th, AsException(err))
	want := `Traceback (most recent call last):
  File "t.py", line 5, in <module>
    y = 1 + f(1, 0)
            ^^^^^^^
  File "t.py", line 2, in f
    return a / b
           ~~^~~
ZeroDivisionError: division by zero
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// x[5] as a whole line: "~^^^".
	if got := caretLine("x[5]", 1, 0, 1, 4, compile.Anchor{Kind: compile.AnchorSubscript, Left: 1, Right: 3}); got != "    ~^^^\n" {
		t.Errorf("subscript carets %q", got)
	}
}

func TestClassFreeVarsAndChaining(t *testing.T) {
	// def f():
	//     x = 1
	//     def meta(name, bases, ns): return ns
	//     class C(metaclass=meta):
	//         y = x
	//     return C
	// ns = f()
	// try:
	//     try:
	//         raise KeyError("a")
	//     except KeyError:
	//         raise ValueError("b")
	// except ValueError as e:
	//     ctx = e.__context__
	// try:
	//     assert 1 == 2, "boom"
	// except AssertionError as e:
	//     amsg = e.args
	// s = f"{x!r}-{3}"   (x = "q")
	cls := &syntax.ClassDef{Name: "C", Keywords: []*syntax.Keyword{Kw("metaclass", Name("meta"))}, Body: []syntax.Stmt{Let("y", Name("x"))}}
	th, g := mustRun(t, Mod(
		Def("f", nil, Let("x", I(1)), Def("meta", Args("name", "bases", "ns"), Return(Name("ns"))), cls, Return(Name("C"))),
		Let("ns", CallE(Name("f"))),
		Try([]syntax.Stmt{
			Try([]syntax.Stmt{&syntax.Raise{Exc: CallE(Name("KeyError"), S("a"))}},
				[]*syntax.ExceptHandler{Except(Name("KeyError"), "", &syntax.Raise{Exc: CallE(Name("ValueError"), S("b"))})}, nil, nil),
		}, []*syntax.ExceptHandler{Except(Name("ValueError"), "e", Let("caught", Name("e")))}, nil, nil),
		Try([]syntax.Stmt{Assert(Cmp(I(1), syntax.Eq, I(2)), S("boom"))},
			[]*syntax.ExceptHandler{Except(Name("AssertionError"), "e", Let("aerr", Name("e")))}, nil, nil),
		Let("x", S("q")),
		Let("s", &syntax.JoinedStr{Values: []syntax.Expr{
			&syntax.FormattedValue{Value: Name("x"), Conversion: 'r'}, S("-"), &syntax.FormattedValue{Value: I(3), Conversion: -1}}}),
	))
	ns := as[Dict](global(t, g, "ns"))
	if v, _ := ns.GetStr("y"); v.SmallInt() != 1 {
		t.Errorf("C.y = %v", v)
	}
	if ctx := as[Exception](global(t, g, "caught")).Context; ctx.p == nil || ctx.Type() != KeyError {
		t.Errorf("__context__ = %v", ctx)
	}
	if a := as[Exception](global(t, g, "aerr")).Args; len(a) != 1 || StrValue(a[0]) != "boom" {
		t.Errorf("assert args = %v", a)
	}
	// (The str and int reprs belong to other areas: compare with them.)
	s3, _ := ToString(th, Int(3))
	if s := global(t, g, "s"); s.Type() != StrType || !strings.HasSuffix(StrValue(s), "-"+s3) || strings.Count(StrValue(s), "-") != 1 {
		t.Errorf("f-string = %v", s)
	}
}

func TestSuggestions(t *testing.T) {
	for _, tc := range []struct {
		names []string
		wrong string
		want  string
	}{
		{[]string{"counter", "print"}, "countr", "counter"},
		{[]string{"len", "lenz"}, "lenn", "len"},
		{[]string{"sqrt", "pow"}, "sqroot", "sqrt"},
		{[]string{"alpha"}, "zzz", ""},
		{[]string{"Foo"}, "foo", "Foo"},
	} {
		if got := bestSuggestion(tc.names, tc.wrong); got != tc.want {
			t.Errorf("bestSuggestion(%v, %q) = %q, want %q", tc.names, tc.wrong, got, tc.want)
		}
	}
	if !isStdlibModule("sys") || isStdlibModule("kiln") {
		t.Error("stdlib module names")
	}
}

// countingJIT counts the reports of hot loops, every HotLoopThreshold
// back-edges; it compiles nothing.
type countingJIT struct{ hot map[int]int }

func (j *countingJIT) HotThreshold() int                             { return 32 * HotLoopThreshold }
func (j *countingJIT) FunctionThreshold() int                        { return 0 }
func (j *countingJIT) FunctionHot(th *Thread, f *Frame) (int, error) { return 0, nil }
func (j *countingJIT) Shutdown()                                     {}

func (j *countingJIT) LoopHot(th *Thread, f *Frame, pc int) (int, error) {
	j.hot[pc]++
	return pc, nil
}

func TestJITHookAndPending(t *testing.T) {
	th, g := mustRun(t, Mod(intLoop()))
	j := &countingJIT{hot: map[int]int{}}
	th.Interp.SetJITHook(j)
	defer th.Interp.SetJITHook(nil)
	f := global(t, g, "f")
	if _, err := Call(th, f, []Value{Int(10 * HotLoopThreshold)}, nil); err != nil {
		t.Fatal(err)
	}
	if len(j.hot) != 1 {
		t.Fatalf("hot loops: %v", j.hot)
	}
	for _, n := range j.hot {
		if n != 10 {
			t.Errorf("LoopHot called %d times, want 10", n)
		}
	}
	// A pending interrupt becomes KeyboardInterrupt at the next back-edge.
	th.Interp.Pending.Store(PendingInterrupt)
	_, err := Call(th, f, []Value{Int(1000)}, nil)
	if err == nil || !IsInstanceOf(err, KeyboardInterrupt) {
		t.Errorf("err = %v, want KeyboardInterrupt", err)
	}
	if th.Interp.Pending.Load() != 0 {
		t.Errorf("pending not cleared")
	}
}
