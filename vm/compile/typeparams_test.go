package compile

import (
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/syntax"
)

// compileSource parses and compiles a module.
func compileSource(t *testing.T, src string) *Code {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src), syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	code, err := Compile(mod, Exec)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// findCode returns the code object named qualname among the constants of
// c, at any depth.
func findCode(t *testing.T, c *Code, qualname string) *Code {
	t.Helper()
	var walk func(c *Code) *Code
	walk = func(c *Code) *Code {
		if c.Qualname == qualname {
			return c
		}
		for _, k := range c.Consts {
			if sub, ok := k.(*Code); ok {
				if found := walk(sub); found != nil {
					return found
				}
			}
		}
		return nil
	}
	found := walk(c)
	if found == nil {
		t.Fatalf("no code %q in\n%s", qualname, c.Disassemble())
	}
	return found
}

func hasConst(c *Code, k any) bool {
	for _, x := range c.Consts {
		if x == k {
			return true
		}
	}
	return false
}

// ownCode is the disassembly of c's own instructions, without the code
// objects among its constants.
func ownCode(c *Code) string {
	d, _, _ := strings.Cut(c.Disassemble(), "\n\n")
	return d
}

func hasOp(c *Code, op Opcode) bool { return strings.Contains(ownCode(c), " "+opTable[op].name+" ") }

func TestTypeAliasValueIsLazy(t *testing.T) {
	mod := compileSource(t, "type A = list[int]\n")
	if !hasConst(mod, IntrinsicTypeAlias) || hasOp(mod, UNSUPPORTED) {
		t.Errorf("module does not make a TypeAliasType:\n%s", mod.Disassemble())
	}
	// The value is computed by a function of its own, not by the module.
	if hasOp(mod, GETITEM) {
		t.Errorf("the module evaluates the value:\n%s", mod.Disassemble())
	}
	value := findCode(t, mod, "A")
	if value.Flags&FlagNewLocals == 0 || !hasOp(value, GETITEM) {
		t.Errorf("value function:\n%s", value.Disassemble())
	}
}

func TestGenericFunctionScopes(t *testing.T) {
	mod := compileSource(t, "def f[T: int, *Ts, **P](x: T = 1, *, y=2) -> T: pass\n")
	tp := findCode(t, mod, "<generic parameters of f>")
	// The defaults arrive as parameters; the type parameters are locals.
	if got := strings.Join(tp.Varnames, " "); got != ".defaults .kwdefaults T Ts P" || tp.ArgCount != 2 {
		t.Errorf("annotation scope varnames %q, argcount %d", got, tp.ArgCount)
	}
	for _, k := range []Intrinsic{IntrinsicTypeVarWithBound, IntrinsicTypeVarTuple, IntrinsicParamSpec} {
		if !hasConst(tp, k) {
			t.Errorf("annotation scope does not use %v", k)
		}
	}
	// The scope does not show in the function's qualified name, and the
	// bound is a function of its own, named after the parameter.
	if f := findCode(t, tp, "f"); f.Name != "f" {
		t.Errorf("function name %q", f.Name)
	}
	if bound := findCode(t, tp, "T"); !hasOp(bound, LOADGLOBAL) {
		t.Errorf("bound function:\n%s", bound.Disassemble())
	}
	// The module evaluates the defaults, not the bound or annotations.
	if !hasOp(mod, TUPLE) || strings.Contains(ownCode(mod), `"int"`) {
		t.Errorf("unexpected module code:\n%s", ownCode(mod))
	}
}

func TestGenericClassInClass(t *testing.T) {
	mod := compileSource(t, "class D:\n    X = 1\n    class C[T](list[X]):\n        pass\n")
	d := findCode(t, mod, "D")
	if strings.Join(d.Cellvars, " ") != "__classdict__" || !hasOp(d, LOADLOCALS) {
		t.Errorf("D does not share its namespace: cells %v\n%s", d.Cellvars, d.Disassemble())
	}
	tp := findCode(t, mod, "D.<generic parameters of C>")
	if strings.Join(tp.Freevars, " ") != "__classdict__" || strings.Join(tp.Cellvars, " ") != ".type_params" {
		t.Errorf("annotation scope frees %v cells %v", tp.Freevars, tp.Cellvars)
	}
	if !hasConst(tp, IntrinsicSubscriptGeneric) {
		t.Errorf("no Generic base:\n%s", tp.Disassemble())
	}
	// X, which the scope does not bind, is looked up in D's namespace
	// first.
	if !hasOp(tp, IN) || !hasOp(tp, LOADGLOBAL) {
		t.Errorf("X is not looked up in the class namespace:\n%s", tp.Disassemble())
	}
	c := findCode(t, mod, "D.C")
	if strings.Join(c.Freevars, " ") != ".type_params" || !strings.Contains(ownCode(c), `"__type_params__"`) {
		t.Errorf("class body does not store __type_params__:\n%s", c.Disassemble())
	}
}

func TestTypeParamErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"def f[T: (yield)](): pass\n", "yield expression cannot be used within a TypeVar bound"},
		{"def f[T: (x := 1)](): pass\n", "named expression cannot be used within a TypeVar bound"},
		{"type X = (yield)\n", "yield expression cannot be used within a type alias"},
		{"def g():\n    def f[T](x: (yield)): pass\n", "yield expression cannot be used within the definition of a generic"},
		{"async def g():\n    def f[T](x: (await y)): pass\n", "await expression cannot be used within the definition of a generic"},
		{"def f[T, T](): pass\n", "duplicate type parameter 'T'"},
		{"class A:\n    def k[T](self, x: (lambda: T)): pass\n", "Cannot use lambda in annotation scope within class scope"},
		{"class A:\n    type X = [y for y in T]\n", "Cannot use comprehension in annotation scope within class scope"},
	} {
		mod, err := syntax.Parse("t.py", []byte(tc.src), syntax.ModeExec)
		if err == nil {
			_, err = Compile(mod, Exec)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestIntrinsicNames(t *testing.T) {
	for i := Intrinsic(1); i < NumIntrinsics; i++ {
		if intrinsicNames[i] == "" {
			t.Errorf("intrinsic %d has no name", i)
		}
	}
}
