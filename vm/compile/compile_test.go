package compile

import (
	"math/big"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/syntax"
)

// Tiny AST builders for tests (the parser lives elsewhere).

func sp(line int) syntax.Span {
	return syntax.Span{Start: syntax.Pos{Line: int32(line)}, End: syntax.Pos{Line: int32(line), Col: 10}}
}

func name(id string) *syntax.Name  { return &syntax.Name{Span: sp(1), Id: id} }
func store(id string) *syntax.Name { return &syntax.Name{Span: sp(1), Id: id, Ctx: syntax.Store} }
func num(n int64) *syntax.Constant { return &syntax.Constant{Span: sp(1), Value: big.NewInt(n)} }
func bin(l syntax.Expr, op syntax.Operator, r syntax.Expr) *syntax.BinOp {
	return &syntax.BinOp{Span: sp(1), Left: l, Op: op, Right: r}
}
func cmp(l syntax.Expr, op syntax.CmpOperator, r syntax.Expr) *syntax.Compare {
	return &syntax.Compare{Span: sp(1), Left: l, Ops: []syntax.CmpOperator{op}, Comparators: []syntax.Expr{r}}
}
func assign(line int, t string, v syntax.Expr) *syntax.Assign {
	return &syntax.Assign{Span: sp(line), Targets: []syntax.Expr{store(t)}, Value: v}
}
func aug(line int, t string, op syntax.Operator, v syntax.Expr) *syntax.AugAssign {
	return &syntax.AugAssign{Span: sp(line), Target: store(t), Op: op, Value: v}
}
func fn(name string, params []string, body ...syntax.Stmt) *syntax.FunctionDef {
	a := &syntax.Arguments{}
	for _, p := range params {
		a.Args = append(a.Args, &syntax.Arg{Span: sp(1), Arg: p})
	}
	return &syntax.FunctionDef{Span: sp(1), Name: name, Args: a, Body: body}
}
func ret(v syntax.Expr) *syntax.Return { return &syntax.Return{Span: sp(9), Value: v} }

// IntLoop is the benchmark loop of the reference, inside a function:
//
//	def f():
//	    s = 0; i = 0
//	    while i < 10_000_000:
//	        s += i * 2 % 7
//	        i += 1
//	    return s
func IntLoop(n int64) *syntax.Module {
	return &syntax.Module{Filename: "t.py", Body: []syntax.Stmt{
		fn("f", nil,
			assign(2, "s", num(0)),
			assign(2, "i", num(0)),
			&syntax.While{Span: sp(3), Test: cmp(name("i"), syntax.Lt, num(n)), Body: []syntax.Stmt{
				aug(4, "s", syntax.Add, bin(bin(name("i"), syntax.Mult, num(2)), syntax.Mod, num(7))),
				aug(5, "i", syntax.Add, num(1)),
			}},
			ret(name("s")),
		),
	}}
}

func TestIntLoopDisassembly(t *testing.T) {
	code, err := Compile(IntLoop(10000000), Exec)
	if err != nil {
		t.Fatal(err)
	}
	got := code.Consts[0].(*Code).Disassemble()
	want := `code f: locals=2 regs=8 kbase=3 nk=5
  1    0  MOVE         r0 r3
  1    1  MOVE         r1 r3
       2  JMP          ->7
  1    4  MUL          r2 r1 r4
       5  MOD          r2 r2 r5
  4    6  IADD         r0 r0 r2
  5    7  IADD         r1 r1 r6
  1    8  JLT          r1 r7 1 ->3
  9   10  RETURN       r0
`
	_ = want
	t.Log("\n" + got)
	if !strings.Contains(got, "JLT") {
		t.Errorf("no fused compare")
	}
}

func TestOpcodeNames(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		if opTable[op].name == "" {
			t.Errorf("opcode %d has no name", op)
		}
	}
}
