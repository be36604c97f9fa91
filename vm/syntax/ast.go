// Package syntax scans and parses Python 3.12 source into an abstract syntax
// tree.
//
// The tree mirrors CPython's ast module node for node and field for field
// (ast.FunctionDef has Name, Args, Body, DecoratorList, Returns, TypeParams),
// so that the grammar, the documentation and CPython's own ast.dump output can
// be used to check it. Go names replace Python's snake_case; Python's optional
// fields are nil when absent.
//
// Every node records the span of source it covers, as CPython does: lines are
// 1-based and columns are 0-based UTF-8 byte offsets (CPython's col_offset).
// Tracebacks, the trace log, the profiler and the language server all take
// their positions from here, through the compiler's position table.
package syntax

// Pos is a position in a source file.
type Pos struct {
	Line int32 // 1-based line number; 0 means unknown
	Col  int32 // 0-based byte offset within the line's UTF-8 text
}

// Span is the source range a node covers: from Start up to, not including, End.
type Span struct {
	Start, End Pos
}

// Node is implemented by every syntax tree node.
type Node interface {
	GetSpan() Span
}

// GetSpan returns the node's source range.
func (s Span) GetSpan() Span { return s }

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a pattern of a match statement's case clause.
type Pattern interface {
	Node
	patternNode()
}

// Module is a parsed file (mode exec), an expression (mode eval) or one
// interactive statement (mode single).
type Module struct {
	Filename string
	Body     []Stmt
	// Warnings are the SyntaxWarnings the parser found (invalid escape
	// sequences), in the order CPython issues them.
	Warnings []Warning
}

// ---- Statements -------------------------------------------------------

// FunctionDef is `def` or `async def`.
type FunctionDef struct {
	Span
	Name          string
	NameSpan      Span // where the name is written, for editors
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil if no annotation
	TypeParams    []*TypeParam
	IsAsync       bool
}

// ClassDef is a class statement.
type ClassDef struct {
	Span
	Name          string
	NameSpan      Span
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []*TypeParam
}

// Return is `return [Value]`.
type Return struct {
	Span
	Value Expr // nil for a bare return
}

// Delete is `del Targets`.
type Delete struct {
	Span
	Targets []Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// TypeAlias is `type Name[TypeParams] = Value`.
type TypeAlias struct {
	Span
	Name       *Name
	TypeParams []*TypeParam
	Value      Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Span
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation [= Value]`. Simple is true when Target is
// a plain name not in parentheses.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr // nil if absent
	Simple     bool
}

// For is `for Target in Iter: Body else: OrElse`.
type For struct {
	Span
	Target  Expr
	Iter    Expr
	Body    []Stmt
	OrElse  []Stmt
	IsAsync bool
}

// While is `while Test: Body else: OrElse`.
type While struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// If is `if Test: Body else: OrElse`; elif chains nest in OrElse.
type If struct {
	Span
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// With is `with Items: Body`.
type With struct {
	Span
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Match is `match Subject: Cases`.
type Match struct {
	Span
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Span
	Exc   Expr // nil for a bare raise
	Cause Expr // nil if no from clause
}

// Try is try/except/else/finally; IsStar marks `except*` handlers.
type Try struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	OrElse    []Stmt
	FinalBody []Stmt
	IsStar    bool
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Span
	Test Expr
	Msg  Expr // nil if absent
}

// Import is `import Names`.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is `from [.*Level]Module import Names`. Module is "" for
// `from . import x`; Names is a single Alias named "*" for a star import.
type ImportFrom struct {
	Span
	Module string
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Span
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's ast.Expr).
type ExprStmt struct {
	Span
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Span }

// Break is `break`.
type Break struct{ Span }

// Continue is `continue`.
type Continue struct{ Span }

// ---- Expressions ------------------------------------------------------

// BoolOp is `Values[0] and Values[1] and ...` (or `or`).
type BoolOp struct {
	Span
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is the walrus `Target := Value`.
type NamedExpr struct {
	Span
	Target *Name
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Span
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else OrElse`.
type IfExp struct {
	Span
	Test   Expr
	Body   Expr
	OrElse Expr
}

// Dict is a dict display. A nil key means `**Values[i]`.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// Set is a set display `{Elts}`.
type Set struct {
	Span
	Elts []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Span
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Span
	Value Expr
}

// Yield is `yield [Value]`.
type Yield struct {
	Span
	Value Expr // nil for a bare yield
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Span
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`. Starred positional arguments appear in
// Args as *Starred; `**mapping` appears in Keywords with Arg == "".
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{Value!Conversion:FormatSpec}` field of an
// f-string. Conversion is -1 (none), 's', 'r' or 'a'. FormatSpec is nil or
// a *JoinedStr.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: a sequence of *Constant (str) and
// *FormattedValue parts.
type JoinedStr struct {
	Span
	Values []Expr
}

// Constant is a literal. Value holds one of these Go types:
//
//	nil            None
//	bool           True, False
//	*big.Int       an int literal (always, whatever its size)
//	float64        a float literal
//	complex128     an imaginary literal (real part 0)
//	string         a str literal (implicit concatenation already applied)
//	[]byte         a bytes literal
//	EllipsisType   ...
//
// Kind is "u" for a str literal with a u prefix, as in CPython.
type Constant struct {
	Span
	Value any
	Kind  string
}

// EllipsisType is the Value of the `...` constant.
type EllipsisType struct{}

// Attribute is `Value.Attr`.
type Attribute struct {
	Span
	Value    Expr
	Attr     string
	AttrSpan Span // where the attribute name is written
	Ctx      ExprContext
}

// Subscript is `Value[Slice]`.
type Subscript struct {
	Span
	Value Expr
	Slice Expr // a *Slice, a *Tuple (which may contain *Slice), or any Expr
	Ctx   ExprContext
}

// Starred is `*Value` in a call, a display or an assignment target.
type Starred struct {
	Span
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Span
	Id  string
	Ctx ExprContext
}

// List is a list display or target `[Elts]`.
type List struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Span
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `Lower:Upper:Step` inside a subscript; any part may be nil.
type Slice struct {
	Span
	Lower, Upper, Step Expr
}

// ---- Patterns (match statement) ---------------------------------------

// MatchValue matches a value pattern (a literal or a dotted name).
type MatchValue struct {
	Span
	Value Expr
}

// MatchSingleton matches None, True or False by identity; Value is nil,
// true or false.
type MatchSingleton struct {
	Span
	Value any
}

// MatchSequence is `[p, q, *rest]` or `(p, q)`.
type MatchSequence struct {
	Span
	Patterns []Pattern
}

// MatchMapping is `{k: p, **Rest}`. Rest is "" if absent.
type MatchMapping struct {
	Span
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(p, q, kw=r)`.
type MatchClass struct {
	Span
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern; Name is "" for `*_`.
type MatchStar struct {
	Span
	Name string
}

// MatchAs is `Pattern as Name`, a capture `Name` (Pattern nil), or the
// wildcard `_` (both nil/"").
type MatchAs struct {
	Span
	Pattern Pattern
	Name    string
}

// MatchOr is `p | q | ...`.
type MatchOr struct {
	Span
	Patterns []Pattern
}

// ---- Auxiliary nodes --------------------------------------------------

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Span
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is one `except Type as Name: Body` clause. Type is nil for a
// bare except; Name is "" without `as`.
type ExceptHandler struct {
	Span
	Type Expr
	Name string
	Body []Stmt
}

// Arguments is a function's parameter list. Defaults belong to the last
// len(Defaults) of PosOnlyArgs+Args; KwDefaults is parallel to KwOnlyArgs
// with nil where a keyword-only parameter has no default.
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	VarArg      *Arg
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	KwArg       *Arg
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Span
	Arg        string
	Annotation Expr // nil if none
}

// Keyword is `Arg=Value` in a call or class definition; Arg is "" for
// `**Value`.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

// Alias is `Name as AsName` in an import; AsName is "" without `as`.
type Alias struct {
	Span
	Name   string
	AsName string
}

// WithItem is `ContextExpr as OptionalVars`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // nil without `as`
}

// MatchCase is `case Pattern if Guard: Body`.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr // nil if none
	Body    []Stmt
}

// TypeParam is one PEP 695 type parameter.
type TypeParam struct {
	Span
	Kind  TypeParamKind
	Name  string
	Bound Expr // TypeVar only; nil if none
}

// TypeParamKind distinguishes TypeVar, ParamSpec (**P) and TypeVarTuple (*Ts).
type TypeParamKind uint8

// Kinds of type parameter.
const (
	TypeVar TypeParamKind = iota
	ParamSpec
	TypeVarTuple
)

// ---- Operators and contexts -------------------------------------------

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Operator is a binary operator. Order matches the compiler's binary-op
// table (ORDER BINOP).
type Operator uint8

// Binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorSymbols = [...]string{
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "**",
	LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
}

// String returns the operator as written in Python, e.g. "//".
func (op Operator) String() string { return operatorSymbols[op] }

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

// BoolOperator is `and` or `or`.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// Comparison operators. The first six are the rich comparisons, in the
// order of their dunder methods' table (ORDER CMP).
const (
	Lt CmpOperator = iota
	LtE
	Eq
	NotEq
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpSymbols = [...]string{
	Lt: "<", LtE: "<=", Eq: "==", NotEq: "!=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
}

// String returns the operator as written in Python, e.g. "not in".
func (op CmpOperator) String() string { return cmpSymbols[op] }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*TypeAlias) stmtNode()   {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
