package jit

// This file defines the reference IR executor: a Backend that runs a trace
// in Go with exactly the semantics documented in ir.go and backend.go
// (State, Slots, exits through snapshots, bridges linked per guard). It is
// the oracle: recorder and optimiser tests run traces on it, and the
// native backend is tested against it differentially. It is not a tier
// users run: the driver only uses it when a test installs it.

import (
	"fmt"
	"math"
	"slices"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// IRExec is the reference executor backend.
type IRExec struct{}

// Name implements Backend.
func (IRExec) Name() string { return "irexec" }

// Compile implements Backend: it checks the trace and keeps it.
func (IRExec) Compile(t *Trace, parent Code) (Code, error) { // parent: the loop
	if err := t.Verify(); err != nil {
		return nil, err
	}
	if hasCalls(t) {
		return nil, fmt.Errorf("irexec: residual calls are not supported")
	}
	c := &irCode{t: t, bridges: make(map[int]*irCode), label: t.Label()}
	if t.Kind == BridgeTrace {
		p, ok := parent.(*irCode)
		if !ok {
			return nil, fmt.Errorf("irexec: bridge parent is not irexec code")
		}
		c.parent = p
	}
	return c, nil
}

// irCode is a trace "compiled" for IRExec.
type irCode struct {
	t       *Trace
	parent  *irCode
	label   int
	bridges map[int]*irCode
	env     []uint64
	// refs holds the ref values of env where the collector sees them: a
	// trace that stores refs may drop the heap's other references.
	refs []unsafe.Pointer
}

func (c *irCode) Size() int                   { return 0 }
func (c *irCode) Offsets() []int              { return nil }
func (c *irCode) Free()                       {}
func (c *irCode) Link(snap int, b Code) error { c.bridges[snap] = b.(*irCode); return nil }

// Run implements Code. Entering a bridge or a parent's label is a
// transfer of control, so it loops rather than recursing.
func (c *irCode) Run(st *State) ExitKind {
	cur, start := c, -1
	for {
		next, at, kind := cur.exec(st, start)
		if next == nil {
			st.Exit = kind
			return kind
		}
		cur, start = next, at
	}
}

// exec runs c from its inputs (start < 0) or from after its label with
// the label's args in Slots (start = label index). It returns either the
// code to continue in (a bridge from its inputs, or a parent at its label)
// or an exit kind.
func (c *irCode) exec(st *State, start int) (*irCode, int, ExitKind) {
	t := c.t
	if len(c.env) < len(t.Ops) {
		c.env = make([]uint64, len(t.Ops))
		c.refs = make([]unsafe.Pointer, len(t.Ops))
	}
	env := c.env
	val := func(r Ref) uint64 {
		if r.IsConst() {
			return t.Consts[r.constIndex()].Bits
		}
		return env[r]
	}
	i := t.NumInputs
	if start < 0 {
		for k := 0; k < t.NumInputs; k++ {
			env[k] = st.Slots[k]
		}
	} else {
		for k, a := range t.Ops[start].Args {
			env[a] = st.Slots[k]
		}
		i = start + 1
	}
	exit := func(op *Op, kind ExitKind) (*irCode, int, ExitKind) {
		sn := &t.Snaps[op.Snap]
		for k, r := range sn.Live {
			st.Slots[k] = val(r)
			if t.TypeOf(r) == Ptr && k < len(st.Refs) {
				st.Refs[k] = refAt(t, env, r)
			}
		}
		// The exit's refs are in State.Refs now: holding the trace's
		// values longer would keep objects the program dropped alive
		// (objects it allocated, record_alloc.go).
		clear(c.refs)
		st.ExitTrace, st.ExitSnap = uint64(t.ID), uint64(op.Snap)
		if kind == ExitGuard {
			if b := c.bridges[int(op.Snap)]; b != nil {
				return b, -1, ExitNone
			}
		}
		return nil, 0, kind
	}
	overflow := false
	for ; i < len(t.Ops); i++ {
		op := &t.Ops[i]
		a := func(k int) uint64 { return val(op.Args[k]) }
		ai := func(k int) int64 { return int64(val(op.Args[k])) }
		ap := func(k int) unsafe.Pointer { return refAt(t, env, op.Args[k]) }
		var r uint64
		switch op.Code {
		case OpNop, OpDebugMergePoint, OpLabel:
			continue
		case OpJump:
			st.Iterations++ // shortloop.go
			if st.Interrupt != nil && st.Interrupt.Load() != 0 {
				return exit(op, ExitInterrupt)
			}
			args := make([]uint64, len(op.Args))
			for k := range op.Args {
				args[k] = a(k)
			}
			if t.Kind == BridgeTrace {
				copy(st.Slots, args)
				return c.parent, -1, ExitNone
			}
			for k, l := range t.Ops[c.label].Args {
				env[l] = args[k]
			}
			i = c.label
			continue
		case OpFinish:
			return exit(op, ExitFinish)
		case OpSameAs:
			r = a(0)
		case OpGuardTrue:
			if a(0) == 0 {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardFalse:
			if a(0) != 0 {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardNoOverflow:
			if overflow {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardValue:
			if a(0) != a(1) {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardClass:
			// By address: the constant may have been made from the class
			// as a Value (a class called and guarded in one trace).
			typ := (*runtime.Type)(constPointer(t.Const(op.Args[1])))
			if runtime.ValueFromRef(ap(0)).Type() != typ {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardDictVersion:
			d := t.Const(op.Args[0]).Obj.(*runtime.Dict)
			if d.Writes() != a(1) {
				return exit(op, ExitGuard)
			}
			continue
		case OpGuardArrayItemKind:
			item := execItem(op, ap(0), ai(1))
			tag := IntTag
			if op.Aux&^ListWords == ItemFloat {
				tag = FloatTag
			}
			if uintptr(item.Pointer()) != tag {
				return exit(op, ExitGuard)
			}
			continue
		case OpArrayLen:
			r = uint64(execLen(op, ap(0)))
		case OpGetArrayItemI, OpGetArrayItemF:
			r = execItem(op, ap(0), ai(1)).Bits()
		case OpListReverse:
			slices.Reverse(execItems(op, ap(0))[ai(1):ai(2)])
			continue
		case OpSetArrayItem:
			execSetItem(t, op, ap, a, ai(1))
			continue
		case OpGetFieldI:
			r = uint64(*(*int64)(unsafe.Add(ap(0), op.Aux)))
		case OpGetInteriorI, OpGetInteriorF, OpGetInteriorR:
			_, stride, field := interior(op.Aux)
			data := interiorData(ap(0), op.Aux)
			r = *(*uint64)(unsafe.Add(data, int64(stride)*ai(1)+int64(field)))
		case OpSetInterior:
			_, stride, field := interior(op.Aux)
			data := interiorData(ap(0), op.Aux)
			addr := unsafe.Add(data, int64(stride)*ai(1)+int64(field))
			if t.TypeOf(op.Args[2]) == Ptr {
				*(*unsafe.Pointer)(addr) = ap(2) // with Go's write barrier
			} else {
				*(*uint64)(addr) = a(2)
			}
			continue
		case OpGetFieldR:
			r = uint64(uintptr(*(*unsafe.Pointer)(unsafe.Add(ap(0), op.Aux))))
		case OpStrGetItem:
			text := *(*unsafe.Pointer)(unsafe.Add(ap(0), op.Aux))
			r = uint64(*(*byte)(unsafe.Add(text, ai(1))))
		case OpStrChar:
			r = uint64(op.Aux) + a(0)*uint64(runtime.JITStrSize)
		case OpGetArrayItemR:
			r = uint64(uintptr(execItem(op, ap(0), ai(1)).Pointer()))
		case OpSetFieldI:
			*(*int64)(unsafe.Add(ap(0), op.Aux)) = ai(1)
			continue
		case OpCallHelper:
			args := make([]uint64, len(op.Args))
			for k := range op.Args {
				args[k] = a(k)
			}
			var ok bool
			if r, ok = callHelper(op.Aux, args); !ok {
				return exit(op, ExitGuard)
			}
			if op.Type == Void {
				continue
			}
		case OpNewInstance, OpListAppend:
			var ok bool
			if r, ok = allocExec(st, t, op, val, ap); !ok {
				return exit(op, ExitGuard)
			}
			if op.Code == OpListAppend {
				continue
			}
		default:
			var x, y uint64
			if len(op.Args) > 0 {
				x = a(0)
			}
			if len(op.Args) > 1 {
				y = a(1)
			}
			var ok bool
			if r, overflow, ok = evalArith(op.Code, op.Aux, x, y); !ok {
				panic(fmt.Sprintf("irexec: op %s not implemented", op.Code.Name()))
			}
		}
		env[i] = r
		if op.Type == Ptr {
			c.refs[i] = refAt(t, env, Ref(i))
		}
	}
	panic("irexec: trace ran off its end")
}

// refAt returns the object address held by r.
func refAt(t *Trace, env []uint64, r Ref) unsafe.Pointer {
	if r.IsConst() {
		return constPointer(t.Const(r))
	}
	return *(*unsafe.Pointer)(unsafe.Pointer(&env[r]))
}

// kindByte is the runtime.ValueFromBits kind of an int, float or bool.
func (t Type) kindByte() byte {
	switch t {
	case Float:
		return 'f'
	case Bool:
		return 'b'
	}
	return 'i'
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// evalArith computes a pure or overflow-checked op on raw operand bits:
// the semantics of ir.go, shared by the executor and constant folding. ok
// is false for ops that are not arithmetic.
func evalArith(code Opcode, aux int64, x, y uint64) (r uint64, overflow, ok bool) {
	switch code {
	case OpIntAdd:
		r = uint64(int64(x) + int64(y))
	case OpIntSub:
		r = uint64(int64(x) - int64(y))
	case OpIntMul:
		r = uint64(int64(x) * int64(y))
	case OpIntAnd:
		r = x & y
	case OpIntOr:
		r = x | y
	case OpIntXor:
		r = x ^ y
	case OpIntRshift:
		s := int64(y)
		if s > 63 {
			s = 63
		}
		r = uint64(int64(x) >> uint(s))
	case OpIntNeg:
		r = uint64(-int64(x))
	case OpIntFloorDiv:
		x, y := int64(x), int64(y)
		q := x / y
		if x%y != 0 && x < 0 {
			q--
		}
		r = uint64(q)
	case OpIntMod:
		x, y := int64(x), int64(y)
		m := x % y
		if m < 0 {
			m += y
		}
		r = uint64(m)
	case OpIntAddOvf:
		x, y := int64(x), int64(y)
		s := x + y
		overflow = (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0)
		r = uint64(s)
	case OpIntSubOvf:
		x, y := int64(x), int64(y)
		s := x - y
		overflow = (x >= 0) != (y >= 0) && (s >= 0) != (x >= 0)
		r = uint64(s)
	case OpIntMulOvf:
		x, y := int64(x), int64(y)
		p := x * y
		overflow = x != 0 && (p/x != y || x == -1 && y == math.MinInt64)
		r = uint64(p)
	case OpIntNegOvf:
		overflow = int64(x) == math.MinInt64
		r = uint64(-int64(x))
	case OpIntLt:
		r = b2u(int64(x) < int64(y))
	case OpIntLe:
		r = b2u(int64(x) <= int64(y))
	case OpIntEq:
		r = b2u(int64(x) == int64(y))
	case OpIntNe:
		r = b2u(int64(x) != int64(y))
	case OpIntGt:
		r = b2u(int64(x) > int64(y))
	case OpIntGe:
		r = b2u(int64(x) >= int64(y))
	case OpIntIsTrue:
		r = b2u(x != 0)
	case OpBoolNot:
		r = 1 - x
	case OpFloatAdd:
		r = math.Float64bits(math.Float64frombits(x) + math.Float64frombits(y))
	case OpFloatSub:
		r = math.Float64bits(math.Float64frombits(x) - math.Float64frombits(y))
	case OpFloatMul:
		r = math.Float64bits(math.Float64frombits(x) * math.Float64frombits(y))
	case OpFloatTrueDiv:
		r = math.Float64bits(math.Float64frombits(x) / math.Float64frombits(y))
	case OpFloatNeg:
		r = x ^ (1 << 63)
	case OpFloatAbs:
		r = x &^ (1 << 63)
	case OpFloatLt:
		r = b2u(math.Float64frombits(x) < math.Float64frombits(y))
	case OpFloatLe:
		r = b2u(math.Float64frombits(x) <= math.Float64frombits(y))
	case OpFloatEq:
		r = b2u(math.Float64frombits(x) == math.Float64frombits(y))
	case OpFloatNe:
		r = b2u(math.Float64frombits(x) != math.Float64frombits(y))
	case OpFloatGt:
		r = b2u(math.Float64frombits(x) > math.Float64frombits(y))
	case OpFloatGe:
		r = b2u(math.Float64frombits(x) >= math.Float64frombits(y))
	case OpCastIntToFloat:
		r = math.Float64bits(float64(int64(x)))
	case OpCallF:
		r = math.Float64bits(MathFuncs()[aux].F(math.Float64frombits(x)))
	default:
		return 0, false, false
	}
	return r, overflow, true
}

// interiorData is the start of the array an interior field op reads in
// obj: at the descr's offset for an inline array, else where the data
// pointer at that offset points.
func interiorData(obj unsafe.Pointer, aux int64) unsafe.Pointer {
	off, _, _ := interior(aux)
	if interiorIsInline(aux) {
		return unsafe.Add(obj, off)
	}
	return *(*unsafe.Pointer)(unsafe.Add(obj, off))
}
