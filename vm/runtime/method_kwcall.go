package runtime

// This file defines `obj.method(x, key=value)` without the bound method.
// A call with keywords compiles to GETATTR and CALLKW (GETMETHOD and
// CALLMETHOD take positional arguments only), so the GETATTR bound the
// method, one allocation per call that was garbage once the call began:
// collections_heapq's LRU loop, `lru.popitem(last=False)`, made 25000.
//
// When the GETATTR's result register is a temporary that only the CALLKW
// after it reads, as its callee, and that is dead after the call, and the
// instructions in between only move registers and load constants (they
// can neither raise nor run Python code, and no jump lands among them),
// the GETATTR looks the attribute up as GETMETHOD does. If it is a method
// (a Python function, or a method descriptor that applies to obj, found on
// the class and not shadowed by the instance dict), the register gets the
// unbound function and the thread keeps obj; the CALLKW then calls the
// function with obj as its first argument, as the bound method would
// have. Anything else (an instance attribute, a property, a class with
// its own __getattribute__) is stored as GETATTR stores it.
//
// The thread's record is cleared by the CALLKW before it calls, and the
// CALLKW uses it only when its callee is the very function recorded, so
// a frame that reaches the CALLKW another way (the JIT's recorder runs
// the GETATTR itself, and a trace that leaves there has bound it) calls
// what its register holds. Profiled threads keep binding, so that the
// profiler sees the bound method it expects.

import "github.com/kilnpy/kiln/vm/compile"

// Roles of an instruction in Code.kwMethodRoles.
const (
	kwMethodNone          uint8 = iota + 1 // neither (0: not computed yet)
	kwMethodProducer                       // a GETATTR whose method need not be bound
	kwMethodProducerDrops                  // the same, and the call's result is dead
	kwMethodConsumer                       // the CALLKW that calls it
)

// kwMethodScanLimit bounds the instructions between the GETATTR and the
// CALLKW (one per positional or keyword argument, in practice).
const kwMethodScanLimit = 16

// kwMethodRolesOf returns code's table of roles, computing it on first use.
func kwMethodRolesOf(code *Code) []uint8 {
	if code.kwMethodRoles != nil {
		return code.kwMethodRoles
	}
	roles := make([]uint8, len(code.Insns))
	for i := range roles {
		roles[i] = kwMethodNone
	}
	insns := code.Insns
	var targets map[int]bool
	for pc := 0; pc < len(insns); pc += compile.Words(insns[pc]) {
		w := insns[pc]
		if compile.Op(w) != compile.GETATTR || !genIsTemp(code, uint8(compile.A(w))) {
			continue
		}
		if targets == nil {
			targets = jumpTargets(code.Code)
		}
		if y := kwMethodConsumerOf(code.Code, targets, pc, compile.A(w)); y >= 0 {
			roles[pc], roles[y] = kwMethodProducer, kwMethodConsumer
			if r := compile.A(insns[y]); genIsTemp(code, uint8(r)) && regDeadFrom(code.Code, y+2, r) && regDeadInHandler(code.Code, y, r) {
				roles[pc] = kwMethodProducerDrops
			}
		}
	}
	code.kwMethodRoles = roles
	return roles
}

// kwMethodConsumerOf returns the CALLKW that calls the temporary t the
// GETATTR at x writes, or -1 (see the file comment for the rules).
func kwMethodConsumerOf(code *compile.Code, targets map[int]bool, x, t int) int {
	insns := code.Code
	pc := x + 1
	for n := 0; n < kwMethodScanLimit && pc < len(insns); n++ {
		if targets[pc] {
			return -1
		}
		w := insns[pc]
		switch op := compile.Op(w); op {
		case compile.CALLKW:
			if compile.B(w) != t || !regDeadFrom(code, pc+compile.Words(w), t) || !regDeadInHandler(code, pc, t) {
				return -1
			}
			return pc
		case compile.MOVE, compile.LOADK, compile.LOADNONE, compile.LOADTRUE, compile.LOADFALSE, compile.EXT:
			e, _ := regEffects(w, 0)
			if e.reads(t) || e.writes(t) {
				return -1
			}
		default:
			return -1
		}
		pc += compile.Words(w)
	}
	return -1
}

// getAttrForCall is GETATTR's lookup of x.name (the instruction at pc-1,
// with attribute cache ac): unbound, with x recorded for the CALLKW, when
// the instruction is a producer and the attribute a method; bound, as
// cachedGetAttr returns it, otherwise.
func (th *Thread) getAttrForCall(code *Code, pc int, ac *attrCache, x Value, name *Str) (Value, error) {
	role := uint8(kwMethodNone)
	if th.prof.sink == nil {
		role = kwMethodRolesOf(code)[pc-1]
	}
	if role != kwMethodProducer && role != kwMethodProducerDrops {
		return cachedGetAttr(th, ac, x, name)
	}
	v, isMeth, err := cachedGetMethod(th, ac, x, name)
	if err != nil || !isMeth {
		return v, err
	}
	if v.Type() == MethodDescriptorType && !x.Type().IsSubtype(as[BuiltinMethod](v).Owner) {
		return bindMethodDescr(v, x, BuiltinFunctionType) // raises TypeError
	}
	th.exec.kwMethodSelf, th.exec.kwMethodFn = x, v
	th.exec.kwMethodDrops = role == kwMethodProducerDrops
	return v, nil
}

// callKwMethod is CALLKW's call of callee with args named by kwnames; if
// callee is the method a producing GETATTR left unbound, with the object
// recorded then as its first argument.
func (th *Thread) callKwMethod(callee Value, args []Value, kwnames []string) (Value, error) {
	ex := &th.exec
	if ex.kwMethodFn.p == nil || ex.kwMethodFn.p != callee.p {
		return Call(th, callee, args, kwnames)
	}
	self := ex.kwMethodSelf
	ex.kwMethodSelf, ex.kwMethodFn = Value{}, Value{}
	if callee.Type() == MethodDescriptorType {
		m := as[BuiltinMethod](callee)
		if ex.kwMethodDrops && m.resultOptional {
			ex.resultDropped = true
			v, err := m.Fn(th, self, args, kwnames)
			ex.resultDropped = false
			return v, err
		}
		return m.Fn(th, self, args, kwnames)
	}
	return th.callWithSelf(as[Function](callee), self, args, kwnames)
}

// SetResultOptional marks t's Go method name (added by AddMethod) as
// one that asks ResultDropped, first thing, whether to build its result.
func (t *Type) SetResultOptional(name string) {
	if v, ok := t.Dict().GetStr(name); ok && v.Type() == MethodDescriptorType {
		as[BuiltinMethod](v).resultOptional = true
	}
}

// ResultDropped reports, to a Go method marked by SetResultOptional and
// asking before it calls anything, whether its caller drops the result
// (a statement such as lru.popitem(last=False)): it may then return None
// instead of a new object, having done the rest of its work.
func (th *Thread) ResultDropped() bool {
	d := th.exec.resultDropped
	th.exec.resultDropped = false
	return d
}
