package runtime

// This file defines the runtime view of compiled code: a Python code
// object wrapping a *compile.Code, with its constants converted to Values
// once, its names as str objects, and the per-code mutable state the
// interpreter keeps (loop back-edge counters).

import (
	"math/big"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// Code is a code object (type "code"). It is immutable except for the
// loop counters.
type Code struct {
	Object
	*compile.Code

	// Insns are the instructions (Code.Code, shortened name).
	Insns []uint32
	// Consts are the constants as Values: nested code objects become *Code
	// values, keyword-name lists stay available through KwNames.
	Consts []Value
	// KVals are the values preloaded into registers KBase... at frame entry.
	KVals []Value
	// NameStrs are Names as str objects, for attribute and dict lookups.
	NameStrs []*Str
	// KwNames[i] is the []string constant i (nil for other constants);
	// KwNames is nil when no constant is one.
	KwNames [][]string

	// LoopCounts counts back-edges per loop header (indexed by the jump
	// target's instruction index). The JIT hook is consulted when a count
	// reaches HotLoopThreshold. Unsynchronized: a lost update is harmless.
	LoopCounts []uint32

	// globalCaches has one LOADGLOBAL cache per name (see globalCache).
	// Made with attrCaches by makeNameCaches when the code first runs.
	globalCaches []globalCache

	// attrCaches has one attribute cache per name (see attrCache): about
	// 250 bytes a name, so they are made when the code first runs, not
	// for every function of every imported module (`import random` made
	// 110 KB of them, mostly for methods a program never calls).
	attrCaches []attrCache

	// sliceCache has, per instruction, the slice object SLICE built
	// last (see cachedSlice); made when a SLICE first runs.
	sliceCache []*sliceCache

	// sliceTemps has, per instruction, its role in reusing the temporary
	// list of `a[i:j] = b[m:n]` (list_slicetemp.go); made on first use.
	sliceTemps []uint8

	// tempDies has, per instruction, whether the temporary it writes dies
	// at the next instruction, which then runs with it as one
	// (fused_temps.go, and divmod's CALL before an UNPACK:
	// divmod_unpack.go); made on first use.
	tempDies []uint8

	// simpleArgc is the number of parameters if the code takes only
	// positional parameters (no *args, **kwargs, keyword-only ones) and is
	// not a generator, so calls bind arguments by copying; else -1.
	simpleArgc int

	// CallCount counts calls of the code through the simple call path
	// (callSimple) while a JIT wants hot functions (none are counted with
	// the JIT off): it hears of a function when the count passes a
	// multiple of its report interval (jitsupport.go). Unsynchronized, as
	// LoopCounts.
	CallCount uint32
	// JITEntry is the JIT's own record of the function (opaque here), so
	// that a hot call finds it without a map lookup.
	JITEntry unsafe.Pointer

	// kwMethodRoles has, per instruction, its role in calling a method
	// with keywords unbound (method_kwcall.go); made on first use.
	kwMethodRoles []uint8
}

// HotLoopThreshold is the number of back-edges after which a loop header is
// reported to the JIT hook.
const HotLoopThreshold = 1024 // a power of two: counters are tested with a mask

// CodeType is the type of code objects.
var CodeType = NewBuiltinType("code", ObjectType, LayoutOther, 0)

// NewCode converts compiled code (and, recursively, the code objects among
// its constants) to a runtime code object.
func NewCode(c *compile.Code) *Code {
	rc := &Code{Object: Object{typ: CodeType}, Code: c, Insns: c.Code}
	rc.Consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		if names, ok := k.([]string); ok {
			if rc.KwNames == nil { // most code calls nothing with keywords
				rc.KwNames = make([][]string, len(c.Consts))
			}
			rc.KwNames[i] = names
			rc.Consts[i] = None
			continue
		}
		rc.Consts[i] = constToValue(k)
	}
	rc.KVals = make([]Value, len(c.KRegs))
	for i, ci := range c.KRegs {
		rc.KVals[i] = rc.Consts[ci]
	}
	rc.NameStrs = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		rc.NameStrs[i] = internName(n)
	}
	rc.LoopCounts = make([]uint32, len(c.Code))
	rc.simpleArgc = -1
	if c.KwOnlyArgCount == 0 && c.Flags&(compile.FlagVarArgs|compile.FlagVarKeywords|compile.FlagGenerator|compile.FlagCoroutine) == 0 {
		rc.simpleArgc = c.ArgCount
	}
	return rc
}

// makeNameCaches makes the code's per-name caches if it has none yet. Every
// place that runs the code's instructions calls it first (run, the JIT's
// residual instructions); a Code is run by one thread at a time.
func (c *Code) makeNameCaches() {
	if c.attrCaches == nil {
		c.globalCaches = make([]globalCache, len(c.Names))
		c.attrCaches = make([]attrCache, len(c.Names))
	}
}

// constToValue converts a compile-time constant.
func constToValue(k any) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case *big.Int:
		return MakeInt(k)
	case float64:
		return Float(k)
	case complex128:
		return NewComplex(k)
	case string:
		if isNameConst(k) {
			// As CPython interns its code objects' identifier-like
			// string constants: the attribute names a program passes
			// as strs (object.__setattr__(self, 'a', a) in a frozen
			// dataclass's __init__, getattr(obj, 'x')) are then the
			// very strs its code's names are, which the instance
			// attribute caches recognise by identity.
			return ValueOf(internName(k))
		}
		return NewStr(k)
	case []byte:
		return NewBytes(k)
	case compile.Ellipsis:
		return Ellipsis
	case compile.Intrinsic:
		return intrinsicValue(k)
	case *compile.Code:
		return ValueOf(NewCode(k))
	case compile.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constToValue(x)
		}
		return NewTuple(items)
	case compile.FrozenSet:
		return frozenSetConst(k)
	}
	return None
}

func init() {
	CodeType.Repr = func(th *Thread, v Value) (Value, error) {
		c := as[Code](v)
		return NewStr("<code object " + c.Name + " at " + hexAddr(v) + ", file \"" + c.Filename + "\", line " + itoa(int(c.FirstLine)) + ">"), nil
	}
	CodeType.AddGetSet("co_name", func(th *Thread, v Value) (Value, error) { return NewStr(as[Code](v).Name), nil }, nil)
	CodeType.AddGetSet("co_qualname", func(th *Thread, v Value) (Value, error) { return NewStr(as[Code](v).Qualname), nil }, nil)
	CodeType.AddGetSet("co_filename", func(th *Thread, v Value) (Value, error) { return NewStr(as[Code](v).Filename), nil }, nil)
	CodeType.AddGetSet("co_firstlineno", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Code](v).FirstLine)), nil }, nil)
	CodeType.AddGetSet("co_argcount", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Code](v).ArgCount)), nil }, nil)
	CodeType.AddGetSet("co_posonlyargcount", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Code](v).PosOnlyArgCount)), nil }, nil)
	CodeType.AddGetSet("co_kwonlyargcount", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Code](v).KwOnlyArgCount)), nil }, nil)
	CodeType.AddGetSet("co_flags", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Code](v).Flags)), nil }, nil)
	CodeType.AddGetSet("co_varnames", func(th *Thread, v Value) (Value, error) { return strTuple(as[Code](v).Varnames), nil }, nil)
	CodeType.AddGetSet("co_cellvars", func(th *Thread, v Value) (Value, error) { return strTuple(as[Code](v).Cellvars), nil }, nil)
	CodeType.AddGetSet("co_freevars", func(th *Thread, v Value) (Value, error) { return strTuple(as[Code](v).Freevars), nil }, nil)
	CodeType.AddGetSet("co_names", func(th *Thread, v Value) (Value, error) { return strTuple(as[Code](v).Names), nil }, nil)
	CodeType.AddGetSet("co_consts", func(th *Thread, v Value) (Value, error) {
		return NewTuple(append([]Value(nil), as[Code](v).Consts...)), nil
	}, nil)
	CodeType.AddGetSet("co_nlocals", func(th *Thread, v Value) (Value, error) { return Int(int64(len(as[Code](v).Varnames))), nil }, nil)
	CodeType.AddMethod("co_lines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("co_lines", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Iter(th, NewList(codeLines(as[Code](v))))
	})
	CodeType.AddMethod("co_positions", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("co_positions", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Iter(th, NewList(codePositions(as[Code](v))))
	})
}

// codeUnit is the size CPython's co_lines and co_positions count an
// instruction as: offsets are 2 × Kiln's instruction index.
const codeUnit = 2

// lineOrNone is a position table line, None where there is none.
func lineOrNone(n int32) Value {
	if n <= 0 {
		return None
	}
	return Int(int64(n))
}

// codeLines is co_lines(): (start, end, line) for each run of
// instructions on one line, as CPython's, in Kiln's instruction offsets.
func codeLines(c *Code) []Value {
	table := c.PositionTable()
	var out []Value
	for i, p := range table {
		end := len(c.Insns)
		if i+1 < len(table) {
			end = int(table[i+1].PC)
		}
		if end <= int(p.PC) {
			continue
		}
		start := int64(p.PC) * codeUnit
		if n := len(out); n > 0 {
			last := TupleItems(out[n-1])
			sameLine := last[2].IsNone() && p.Line <= 0 || !last[2].IsNone() && last[2].SmallInt() == int64(p.Line)
			if sameLine && last[1].SmallInt() == start {
				out[n-1] = NewTuple([]Value{last[0], Int(int64(end) * codeUnit), last[2]})
				continue
			}
		}
		out = append(out, NewTuple([]Value{Int(start), Int(int64(end) * codeUnit), lineOrNone(p.Line)}))
	}
	return out
}

// codePositions is co_positions(): (line, end_line, col, end_col) for
// each instruction, None where the table has no position.
func codePositions(c *Code) []Value {
	table := c.PositionTable()
	out := make([]Value, len(c.Insns))
	j := 0
	for pc := range c.Insns {
		for j+1 < len(table) && int(table[j+1].PC) <= pc {
			j++
		}
		if j >= len(table) || int(table[j].PC) > pc || table[j].Line <= 0 {
			out[pc] = NewTuple([]Value{None, None, None, None})
			continue
		}
		p := table[j]
		out[pc] = NewTuple([]Value{lineOrNone(p.Line), lineOrNone(p.EndLine), Int(int64(p.Col)), Int(int64(p.EndCol))})
	}
	return out
}

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items)
}

// isNameConst reports whether a string constant is made of name
// characters only (ASCII letters, digits and underscores), the constants
// CPython interns.
func isNameConst(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
