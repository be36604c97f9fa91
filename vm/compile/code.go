package compile

// This file defines Code, the compiled form of one scope, its position
// table and exception table, and the disassembler.

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kilnpy/kiln/vm/syntax"
)

// Code flags, as in CPython's co_flags where they exist.
const (
	FlagVarArgs     = 0x04 // has *args
	FlagVarKeywords = 0x08 // has **kwargs
	FlagNested      = 0x10
	FlagGenerator   = 0x20
	FlagCoroutine   = 0x80
	FlagNewLocals   = 0x02 // function scope (registers), not a namespace dict
	FlagClassBody   = 0x1000
	// FlagInlined marks a list, set or dict comprehension. CPython 3.12
	// inlines these into the enclosing code (PEP 709); Kiln runs them as
	// functions, named like the enclosing code, and tracebacks omit the
	// call into them, so what users see matches CPython.
	FlagInlined = 0x2000
)

// Code is a compiled module, class body, function, lambda or
// comprehension. It is immutable once built (except that the runtime keeps
// its own mutable state, such as loop counters, beside it).
type Code struct {
	Name      string // co_name
	Qualname  string
	Filename  string
	FirstLine int32
	Flags     int
	// Doc is the docstring of a function (a string constant), or nil.
	Doc any

	// Instructions; see opcode.go.
	Code []uint32

	// Consts are the constants: nil (None), bool, *big.Int, float64,
	// complex128, string, []byte, Ellipsis, *Code, []string (keyword names
	// of a call or class pattern), Tuple (a tuple constant), FrozenSet and
	// Intrinsic.
	Consts []any
	// Names are attribute, global and namespace names used by instructions.
	Names []string

	// Register layout of a frame (see the package doc):
	//
	//	[0, NumLocals)                    locals; the parameters come first
	//	[NumLocals, +len(Cellvars))       cells created by this scope
	//	[.., +len(Freevars))              cells received in the closure
	//	[NumLocals+cells+frees, KBase)    temporaries
	//	[KBase, KBase+len(KRegs))         constants Consts[KRegs[i]], preloaded at entry
	//
	// NumRegs is the total.
	Varnames  []string
	NumLocals int
	Cellvars  []string
	Freevars  []string
	KBase     int
	KRegs     []int
	NumRegs   int

	ArgCount        int // positional parameters, including positional-only
	PosOnlyArgCount int
	KwOnlyArgCount  int

	// ExcTable lists the protected ranges, innermost first for nested
	// ranges starting at the same place. See ExcEntry.
	ExcTable []ExcEntry

	// Positions is the position table: one entry where the source span
	// changes, sorted by PC. Use Pos to look an instruction up, and
	// PositionTable to read the table: code read by Unmarshal leaves
	// Positions nil and keeps the table serialised in lazyPos.
	Positions []PosEntry

	// lazyPos is the serialised position table of code read by
	// Unmarshal, decoded on first use: only tracebacks and line numbers
	// read it, and decoding every table of a frozen module at import was
	// a tenth of the instructions of `import collections` and 140 KB of
	// its allocations.
	lazyPos *lazyPositions

	// Warnings are the SyntaxWarnings found while compiling the module
	// (set on the module's code object only), in source order.
	Warnings []Warning
}

// Warning is a compile-time SyntaxWarning.
type Warning struct {
	Span syntax.Span
	Msg  string
}

// Tuple is a tuple constant.
type Tuple []any

// Ellipsis is the `...` constant.
type Ellipsis struct{}

// ExcEntry is one exception table entry: an exception raised by an
// instruction with Start <= pc < End is stored in register Reg and
// execution continues at Handler. The first matching entry wins; the
// compiler emits inner ranges before outer ones.
type ExcEntry struct {
	Start, End int32
	Handler    int32
	Reg        int32
}

// PosEntry says that instructions from PC on (up to the next entry) were
// compiled from the source span (Line, Col)-(EndLine, EndCol); Line is
// 1-based, Col 0-based in UTF-8 bytes, as in CPython's co_positions. Line
// 0 means no position (artificial instructions).
type PosEntry struct {
	PC            int32
	Line, EndLine int32
	Col, EndCol   int32
	Anchor        Anchor
}

// Anchor tells a traceback printer how CPython 3.12 marks the parts of a
// binary operation (`~~^~~`: the operator between Left and Right) or a
// subscript (`~~^^^`: from the end of the value, Left, to the end of the
// index, Right). Columns are in the line's bytes, like Col. Kind is
// AnchorNone for other instructions.
type Anchor struct {
	Kind        uint8
	Left, Right int32
}

// Anchor kinds.
const (
	AnchorNone uint8 = iota
	AnchorBinOp
	AnchorSubscript
)

// lazyPositions is a position table as Marshal wrote it, decoded once
// by the first PositionTable call (code is shared by the interpreters
// of a process, hence the Once).
type lazyPositions struct {
	once    sync.Once
	blob    string
	entries []PosEntry
}

// PositionTable returns c's position table (see Positions).
func (c *Code) PositionTable() []PosEntry {
	l := c.lazyPos
	if l == nil {
		return c.Positions
	}
	l.once.Do(func() { l.entries = decodePositions(l.blob) })
	return l.entries
}

// posIndex returns the index of the position entry covering pc, or -1.
func posIndex(table []PosEntry, pc int) int {
	return sort.Search(len(table), func(i int) bool { return int(table[i].PC) > pc }) - 1
}

// PosAnchor returns the anchor of the instruction at pc.
func (c *Code) PosAnchor(pc int) Anchor {
	table := c.PositionTable()
	i := posIndex(table, pc)
	if i < 0 {
		return Anchor{}
	}
	return table[i].Anchor
}

// Pos returns the source span of the instruction at pc.
func (c *Code) Pos(pc int) (line, col, endLine, endCol int) {
	table := c.PositionTable()
	i := posIndex(table, pc)
	if i < 0 {
		return int(c.FirstLine), 0, int(c.FirstLine), 0
	}
	p := table[i]
	return int(p.Line), int(p.Col), int(p.EndLine), int(p.EndCol)
}

// Line returns the source line of the instruction at pc.
func (c *Code) Line(pc int) int {
	l, _, _, _ := c.Pos(pc)
	return l
}

// Handler returns the exception table entry covering pc, if any.
func (c *Code) Handler(pc int) (ExcEntry, bool) {
	for _, e := range c.ExcTable {
		if int(e.Start) <= pc && pc < int(e.End) {
			return e, true
		}
	}
	return ExcEntry{}, false
}

// Disassemble returns a textual listing of the code and, after it, of every
// code object among its constants.
func (c *Code) Disassemble() string {
	var sb strings.Builder
	c.disassemble(&sb)
	return sb.String()
}

func (c *Code) disassemble(sb *strings.Builder) {
	fmt.Fprintf(sb, "code %s: locals=%d regs=%d kbase=%d nk=%d", c.Qualname, c.NumLocals, c.NumRegs, c.KBase, len(c.KRegs))
	if len(c.Cellvars) > 0 {
		fmt.Fprintf(sb, " cells=%v", c.Cellvars)
	}
	if len(c.Freevars) > 0 {
		fmt.Fprintf(sb, " frees=%v", c.Freevars)
	}
	sb.WriteString("\n")
	line := -1
	for pc := 0; pc < len(c.Code); pc++ {
		w := c.Code[pc]
		l := c.Line(pc)
		ls := "   "
		if l != line {
			ls = fmt.Sprintf("%3d", l)
			line = l
		}
		text, extra := c.instr(pc)
		fmt.Fprintf(sb, "%s %4d  %s\n", ls, pc, text)
		_ = w
		if extra {
			pc++
		}
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(sb, "  except [%d, %d) -> %d r%d\n", e.Start, e.End, e.Handler, e.Reg)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			sb.WriteString("\n")
			sub.disassemble(sb)
		}
	}
}

// instr formats the instruction at pc and reports whether it has an extra word.
func (c *Code) instr(pc int) (string, bool) {
	w := c.Code[pc]
	op := Op(w)
	if op >= NumOpcodes {
		return fmt.Sprintf("ILLEGAL %#x", w), false
	}
	info := opTable[op]
	parts := []string{fmt.Sprintf("%-12s", info.name)}
	operand := func(kind uint8, v int) string {
		switch kind {
		case kReg:
			return "r" + strconv.Itoa(v)
		case kConst:
			s := "k" + strconv.Itoa(v)
			if v < len(c.Consts) {
				s += " " + ConstString(c.Consts[v])
			}
			return s
		case kName:
			s := "n" + strconv.Itoa(v)
			if v < len(c.Names) {
				s += " " + strconv.Quote(c.Names[v])
			}
			return s
		case kJump:
			return "->" + strconv.Itoa(v)
		}
		return strconv.Itoa(v)
	}
	if info.ax {
		parts = append(parts, operand(info.a, Ax(w)))
	} else {
		if info.a != kNone {
			parts = append(parts, operand(info.a, A(w)))
		}
		if info.wide {
			parts = append(parts, operand(info.b, Bx(w)))
		} else {
			if info.b != kNone {
				parts = append(parts, operand(info.b, B(w)))
			}
			if info.c != kNone {
				parts = append(parts, operand(info.c, C(w)))
			}
		}
	}
	extra := info.extra != kNone
	if extra && pc+1 < len(c.Code) {
		parts = append(parts, operand(info.extra, int(c.Code[pc+1])))
	}
	return strings.TrimRight(strings.Join(parts, " "), " "), extra
}

// ConstString formats a constant as Python would write it.
func ConstString(k any) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case bool:
		if k {
			return "True"
		}
		return "False"
	case *big.Int:
		return k.String()
	case float64:
		return strconv.FormatFloat(k, 'g', -1, 64)
	case complex128:
		return strconv.FormatFloat(imag(k), 'g', -1, 64) + "j"
	case string:
		return strconv.Quote(k)
	case []byte:
		return "b" + strconv.Quote(string(k))
	case Ellipsis:
		return "Ellipsis"
	case *Code:
		return "<code " + k.Qualname + ">"
	case []string:
		return fmt.Sprintf("%q", k)
	case Tuple:
		var parts []string
		for _, x := range k {
			parts = append(parts, ConstString(x))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		var parts []string
		for _, x := range k {
			parts = append(parts, ConstString(x))
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return fmt.Sprintf("%v", k)
}
