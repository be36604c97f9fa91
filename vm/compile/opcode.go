package compile

// This file defines the instruction set: the opcodes, their operand kinds,
// and the encoding helpers.

// Version is the bytecode format version. Bump it whenever an opcode, an
// operand kind, or the layout of Code changes, to force recompilation of
// saved bytecode.
const Version = 1

// Opcode is an 8-bit instruction code.
type Opcode uint8

// The instruction set. Each comment pictures the effect. R[x] is register
// x of the frame; K[x] is constant x (Code.Consts); N[x] is name x
// (Code.Names); "+w" means the instruction is followed by one extra word
// (a raw uint32: a jump target, a constant index or a second operand), read
// and skipped by the instruction itself. Ax is the 24-bit field B|C<<8|..
// (bits 8..31), Bx the 16-bit field B|C<<8. A register that is "unbound"
// holds the zero Value.
//
// Operands that index names or constants and may exceed 255 accept an EXT
// prefix: EXT's Ax is shifted left 8 bits and or-ed into the next
// instruction's C (or Bx for Bx operands, shifted 16).
//
// ORDER: the binary arithmetic opcodes ADD..MATMUL follow syntax.Operator
// order so that an operator maps to an opcode by addition; likewise the
// comparisons LT..GE and the fused JLT..JGE follow syntax.CmpOperator.
const (
	NOP Opcode = iota //                        no effect
	EXT               // EXT Ax                 extend the next instruction's index operand

	MOVE       // MOVE A B            R[A] = R[B]
	LOADK      // LOADK A Bx          R[A] = K[Bx]
	LOADNONE   // LOADNONE A          R[A] = None
	LOADTRUE   // LOADTRUE A          R[A] = True
	LOADFALSE  // LOADFALSE A         R[A] = False
	CHECKLOCAL // CHECKLOCAL A       raise UnboundLocalError if R[A] is unbound (name Varnames[A])
	DELLOCAL   // DELLOCAL A          check R[A] as CHECKLOCAL, then unbind it

	LOADGLOBAL  // LOADGLOBAL A Bx   R[A] = globals[N[Bx]] or builtins[N[Bx]]
	STOREGLOBAL // STOREGLOBAL A Bx  globals[N[Bx]] = R[A]
	DELGLOBAL   // DELGLOBAL Bx      del globals[N[Bx]]
	LOADNAME    // LOADNAME A Bx     R[A] = locals[N[Bx]] or globals[..] or builtins[..]
	STORENAME   // STORENAME A Bx    locals[N[Bx]] = R[A]
	DELNAME     // DELNAME Bx        del locals[N[Bx]]

	NEWCELL        // NEWCELL A           R[A] = new empty cell
	MAKECELL       // MAKECELL A B        R[A] = cell(R[B])  (wraps a parameter at entry)
	LOADDEREF      // LOADDEREF A B       R[A] = R[B].contents (NameError/UnboundLocalError if empty)
	STOREDEREF     // STOREDEREF A B      R[A].contents = R[B]
	DELDEREF       // DELDEREF A          R[A].contents = empty (error if already empty)
	LOADCLASSDEREF // LOADCLASSDEREF A B C R[A] = locals[N[C]] if present, else R[B].contents

	// Binary operators, in syntax.Operator order. ADD A B C: R[A] = R[B] + R[C].
	ADD
	SUB
	MUL
	MATMUL
	TRUEDIV
	MOD
	POW
	LSHIFT
	RSHIFT
	OR
	XOR
	AND
	FLOORDIV

	// In-place operators, same order: IADD A B C: R[A] = (R[B] += R[C]).
	IADD
	ISUB
	IMUL
	IMATMUL
	ITRUEDIV
	IMOD
	IPOW
	ILSHIFT
	IRSHIFT
	IOR
	IXOR
	IAND
	IFLOORDIV

	NEG    // NEG A B            R[A] = -R[B]
	POS    // POS A B            R[A] = +R[B]
	INVERT // INVERT A B         R[A] = ~R[B]
	NOT    // NOT A B            R[A] = not R[B]

	// Comparisons in syntax.CmpOperator order: LT A B C: R[A] = R[B] < R[C].
	LT
	LE
	EQ
	NE
	GT
	GE
	IS    // IS A B C            R[A] = R[B] is R[C]
	ISNOT // ISNOT A B C         R[A] = R[B] is not R[C]
	IN    // IN A B C            R[A] = R[B] in R[C]
	NOTIN // NOTIN A B C         R[A] = R[B] not in R[C]

	// Fused compare and branch, +w target: JLT A B C: if (R[A] < R[B]) == (C != 0) { pc = w }.
	JLT
	JLE
	JEQ
	JNE
	JGT
	JGE

	JMP   // JMP Ax               pc = Ax
	JT    // JT A +w              if R[A] is true { pc = w }
	JF    // JF A +w              if R[A] is false { pc = w }
	JNONE // JNONE A B +w    if (R[A] is None) == (B != 0) { pc = w }

	GETITER // GETITER A B        R[A] = iter(R[B])
	FORITER // FORITER A B +w     R[A] = next(R[B]); if exhausted { pc = w }

	RETURN // RETURN A            return R[A]

	CALL   // CALL A B C          R[A] = R[B](R[B+1], ..., R[B+C])
	CALLKW // CALLKW A B C +w     as CALL; the last len(K[w]) arguments are keywords named by K[w]
	CALLEX // CALLEX A B C        R[A] = R[B](*R[B+1], **R[B+2]); R[B+2] unbound if C == 0

	GETMETHOD  // GETMETHOD A B C  R[A], R[A+1] = R[B].N[C] as an unbound method and R[B], or the attribute and unbound
	CALLMETHOD // CALLMETHOD A B C R[A] = R[B](R[B+1], R[B+2], ..., R[B+1+C]) if R[B+1] is bound, else R[B](R[B+2], ..., R[B+1+C])

	GETATTR // GETATTR A B C      R[A] = R[B].N[C]
	SETATTR // SETATTR A B C      R[A].N[C] = R[B]
	DELATTR // DELATTR A C        del R[A].N[C]
	GETITEM // GETITEM A B C      R[A] = R[B][R[C]]
	SETITEM // SETITEM A B C      R[A][R[B]] = R[C]
	DELITEM // DELITEM A B        del R[A][R[B]]
	SLICE   // SLICE A B C        R[A] = slice(R[B], R[B+1], R[B+2] if C == 3 else None)

	TUPLE       // TUPLE A B C       R[A] = (R[B], ..., R[B+C-1])
	LIST        // LIST A B C        R[A] = [R[B], ..., R[B+C-1]]
	SET         // SET A B C         R[A] = {R[B], ..., R[B+C-1]}
	DICT        // DICT A B C        R[A] = {R[B]: R[B+1], ..., } (C pairs)
	LISTAPPEND  // LISTAPPEND A B   R[A].append(R[B])
	LISTEXTEND  // LISTEXTEND A B   R[A].extend(R[B])
	SETADD      // SETADD A B        R[A].add(R[B])
	SETUPDATE   // SETUPDATE A B     R[A].update(R[B])
	DICTSET     // DICTSET A B C     R[A][R[B]] = R[C]
	DICTUPDATE  // DICTUPDATE A B   R[A].update(R[B])  ({**m} displays)
	DICTMERGE   // DICTMERGE A B C   as DICTUPDATE, but duplicate keys are a TypeError naming function R[C] (f(**m))
	LISTTOTUPLE // LISTTOTUPLE A B R[A] = tuple(R[B])
	UNPACK      // UNPACK A B C      R[A], ..., R[A+C-1] = R[B] (exactly C items)
	UNPACKEX    // UNPACKEX A B C +w R[A..A+C-1], R[A+C] (list), R[A+C+1..A+C+w] = R[B]

	CONVERT     // CONVERT A B C    R[A] = str(R[B]) / repr / ascii for C = 's','r','a'
	FORMAT      // FORMAT A B       R[A] = format(R[B], "")
	FORMATSPEC  // FORMATSPEC A B C R[A] = format(R[B], R[C])
	BUILDSTRING // BUILDSTRING A B C R[A] = R[B] + ... + R[B+C-1] (all str)

	MAKEFUNC         // MAKEFUNC A Bx     R[A] = function(K[Bx], defaults=R[A+1], kwdefaults=R[A+2], closure=R[A+3], annotations=R[A+4]); unbound = absent
	BUILDCLASS       // BUILDCLASS A     R[A] = builtins.__build_class__
	LOADLOCALS       // LOADLOCALS A     R[A] = the frame's locals dict
	SETUPANNOTATIONS // SETUPANNOTATIONS  locals["__annotations__"] = {} unless present

	RAISE          // RAISE A B C     C=0: re-raise the handled exception; C=1: raise R[A]; C=2: raise R[A] from R[B]
	RERAISE        // RERAISE A       re-raise R[A] unchanged (traceback kept): end of finally/with cleanup
	EXCMATCH       // EXCMATCH A B C  R[A] = R[B] (an exception) matches R[C] (class or tuple)
	PUSHEXC        // PUSHEXC A B     R[A] = current handled exception (or None); current = R[B]
	POPEXC         // POPEXC A        current handled exception = R[A]
	ASSERTIONERROR // ASSERTIONERROR A  R[A] = AssertionError (the builtin, not a shadowing name)
	EXCSTARMATCH   // EXCSTARMATCH A B C  R[A], R[B] = the part of R[B] matching R[C] (or None), the rest (or None)
	EXCSTARRERAISE // EXCSTARRERAISE A B C R[A] = what an except* statement on R[B] re-raises given the list R[C] (raised, rest), or None

	BEFOREWITH // BEFOREWITH A B   R[A] = bound R[B].__exit__; R[A+1] = R[B].__enter__()
	WITHEXIT   // WITHEXIT A B C   R[A] = R[B](type(R[C]), R[C], R[C].__traceback__), or R[B](None, None, None) if C == 255

	YIELD     // YIELD A B         suspend, producing R[B]; on resume R[A] = the sent value
	YIELDFROM // YIELDFROM A B     delegate to iterator R[B] until it returns; R[A] = its return value

	IMPORTNAME // IMPORTNAME A B C R[A] = __import__(N[C], fromlist=R[B], level=R[B+1])
	IMPORTFROM // IMPORTFROM A B C R[A] = from-import N[C] from module R[B]
	IMPORTSTAR // IMPORTSTAR A     import * from module R[A] into locals

	PRINTEXPR // PRINTEXPR A       sys.displayhook(R[A]) (interactive mode)

	// Pattern matching support.
	ISSEQ       // ISSEQ A B        R[A] = R[B] is a sequence for match (Py_TPFLAGS_SEQUENCE)
	ISMAP       // ISMAP A B        R[A] = R[B] is a mapping for match
	LEN         // LEN A B          R[A] = len(R[B])
	MATCHCLASS  // MATCHCLASS A B C +w R[A] = tuple of attributes of R[B] matched against class R[B+1] with C positional sub-patterns and keyword names K[w], or None
	MATCHKEYS   // MATCHKEYS A B C  R[A] = tuple of R[B][k] for k in tuple R[C], or None if a key is missing
	DICTWITHOUT // DICTWITHOUT A B C R[A] = dict(R[B]) without the keys in tuple R[C]

	UNSUPPORTED // UNSUPPORTED A Bx raise SystemError(K[Bx]) (features compiled to a runtime error)

	NumOpcodes // not an opcode: the number of opcodes
)

// Operand kinds, as the disassembler prints them.
const (
	kNone  = iota // unused
	kReg          // register: r5
	kConst        // constant index (Bx): k3
	kName         // name index: n2 "x"
	kInt          // small integer
	kJump         // jump target (Ax)
)

// opInfo describes an opcode's operands: the kinds of A, B (or Bx) and C
// and whether it is followed by an extra word (and what it holds).
type opInfo struct {
	name    string
	a, b, c uint8
	wide    bool  // B is a 16-bit Bx operand (C unused)
	ax      bool  // A is a 24-bit Ax operand
	extra   uint8 // kind of the extra word, kNone if there is none
}

var opTable = [NumOpcodes]opInfo{
	// The binary, in-place and comparison operators and the fused
	// compare-and-branch opcodes, in their order.
	ADD:              {name: "ADD", a: kReg, b: kReg, c: kReg},
	SUB:              {name: "SUB", a: kReg, b: kReg, c: kReg},
	MUL:              {name: "MUL", a: kReg, b: kReg, c: kReg},
	MATMUL:           {name: "MATMUL", a: kReg, b: kReg, c: kReg},
	TRUEDIV:          {name: "TRUEDIV", a: kReg, b: kReg, c: kReg},
	MOD:              {name: "MOD", a: kReg, b: kReg, c: kReg},
	POW:              {name: "POW", a: kReg, b: kReg, c: kReg},
	LSHIFT:           {name: "LSHIFT", a: kReg, b: kReg, c: kReg},
	RSHIFT:           {name: "RSHIFT", a: kReg, b: kReg, c: kReg},
	OR:               {name: "OR", a: kReg, b: kReg, c: kReg},
	XOR:              {name: "XOR", a: kReg, b: kReg, c: kReg},
	AND:              {name: "AND", a: kReg, b: kReg, c: kReg},
	FLOORDIV:         {name: "FLOORDIV", a: kReg, b: kReg, c: kReg},
	IADD:             {name: "IADD", a: kReg, b: kReg, c: kReg},
	ISUB:             {name: "ISUB", a: kReg, b: kReg, c: kReg},
	IMUL:             {name: "IMUL", a: kReg, b: kReg, c: kReg},
	IMATMUL:          {name: "IMATMUL", a: kReg, b: kReg, c: kReg},
	ITRUEDIV:         {name: "ITRUEDIV", a: kReg, b: kReg, c: kReg},
	IMOD:             {name: "IMOD", a: kReg, b: kReg, c: kReg},
	IPOW:             {name: "IPOW", a: kReg, b: kReg, c: kReg},
	ILSHIFT:          {name: "ILSHIFT", a: kReg, b: kReg, c: kReg},
	IRSHIFT:          {name: "IRSHIFT", a: kReg, b: kReg, c: kReg},
	IOR:              {name: "IOR", a: kReg, b: kReg, c: kReg},
	IXOR:             {name: "IXOR", a: kReg, b: kReg, c: kReg},
	IAND:             {name: "IAND", a: kReg, b: kReg, c: kReg},
	IFLOORDIV:        {name: "IFLOORDIV", a: kReg, b: kReg, c: kReg},
	LT:               {name: "LT", a: kReg, b: kReg, c: kReg},
	LE:               {name: "LE", a: kReg, b: kReg, c: kReg},
	EQ:               {name: "EQ", a: kReg, b: kReg, c: kReg},
	NE:               {name: "NE", a: kReg, b: kReg, c: kReg},
	GT:               {name: "GT", a: kReg, b: kReg, c: kReg},
	GE:               {name: "GE", a: kReg, b: kReg, c: kReg},
	JLT:              {name: "JLT", a: kReg, b: kReg, c: kInt, extra: kJump},
	JLE:              {name: "JLE", a: kReg, b: kReg, c: kInt, extra: kJump},
	JEQ:              {name: "JEQ", a: kReg, b: kReg, c: kInt, extra: kJump},
	JNE:              {name: "JNE", a: kReg, b: kReg, c: kInt, extra: kJump},
	JGT:              {name: "JGT", a: kReg, b: kReg, c: kInt, extra: kJump},
	JGE:              {name: "JGE", a: kReg, b: kReg, c: kInt, extra: kJump},
	NOP:              {name: "NOP"},
	EXT:              {name: "EXT", a: kInt, ax: true},
	MOVE:             {name: "MOVE", a: kReg, b: kReg},
	LOADK:            {name: "LOADK", a: kReg, b: kConst, wide: true},
	LOADNONE:         {name: "LOADNONE", a: kReg},
	LOADTRUE:         {name: "LOADTRUE", a: kReg},
	LOADFALSE:        {name: "LOADFALSE", a: kReg},
	CHECKLOCAL:       {name: "CHECKLOCAL", a: kReg},
	DELLOCAL:         {name: "DELLOCAL", a: kReg},
	LOADGLOBAL:       {name: "LOADGLOBAL", a: kReg, b: kName, wide: true},
	STOREGLOBAL:      {name: "STOREGLOBAL", a: kReg, b: kName, wide: true},
	DELGLOBAL:        {name: "DELGLOBAL", b: kName, wide: true},
	LOADNAME:         {name: "LOADNAME", a: kReg, b: kName, wide: true},
	STORENAME:        {name: "STORENAME", a: kReg, b: kName, wide: true},
	DELNAME:          {name: "DELNAME", b: kName, wide: true},
	NEWCELL:          {name: "NEWCELL", a: kReg},
	MAKECELL:         {name: "MAKECELL", a: kReg, b: kReg},
	LOADDEREF:        {name: "LOADDEREF", a: kReg, b: kReg},
	STOREDEREF:       {name: "STOREDEREF", a: kReg, b: kReg},
	DELDEREF:         {name: "DELDEREF", a: kReg},
	LOADCLASSDEREF:   {name: "LOADCLASSDEREF", a: kReg, b: kReg, c: kName},
	NEG:              {name: "NEG", a: kReg, b: kReg},
	POS:              {name: "POS", a: kReg, b: kReg},
	INVERT:           {name: "INVERT", a: kReg, b: kReg},
	NOT:              {name: "NOT", a: kReg, b: kReg},
	IS:               {name: "IS", a: kReg, b: kReg, c: kReg},
	ISNOT:            {name: "ISNOT", a: kReg, b: kReg, c: kReg},
	IN:               {name: "IN", a: kReg, b: kReg, c: kReg},
	NOTIN:            {name: "NOTIN", a: kReg, b: kReg, c: kReg},
	JMP:              {name: "JMP", a: kJump, ax: true},
	JT:               {name: "JT", a: kReg, extra: kJump},
	JF:               {name: "JF", a: kReg, extra: kJump},
	JNONE:            {name: "JNONE", a: kReg, b: kInt, extra: kJump},
	GETITER:          {name: "GETITER", a: kReg, b: kReg},
	FORITER:          {name: "FORITER", a: kReg, b: kReg, extra: kJump},
	RETURN:           {name: "RETURN", a: kReg},
	CALL:             {name: "CALL", a: kReg, b: kReg, c: kInt},
	CALLKW:           {name: "CALLKW", a: kReg, b: kReg, c: kInt, extra: kConst},
	CALLEX:           {name: "CALLEX", a: kReg, b: kReg, c: kInt},
	GETMETHOD:        {name: "GETMETHOD", a: kReg, b: kReg, c: kName},
	CALLMETHOD:       {name: "CALLMETHOD", a: kReg, b: kReg, c: kInt},
	GETATTR:          {name: "GETATTR", a: kReg, b: kReg, c: kName},
	SETATTR:          {name: "SETATTR", a: kReg, b: kReg, c: kName},
	DELATTR:          {name: "DELATTR", a: kReg, c: kName},
	GETITEM:          {name: "GETITEM", a: kReg, b: kReg, c: kReg},
	SETITEM:          {name: "SETITEM", a: kReg, b: kReg, c: kReg},
	DELITEM:          {name: "DELITEM", a: kReg, b: kReg},
	SLICE:            {name: "SLICE", a: kReg, b: kReg, c: kInt},
	TUPLE:            {name: "TUPLE", a: kReg, b: kReg, c: kInt},
	LIST:             {name: "LIST", a: kReg, b: kReg, c: kInt},
	SET:              {name: "SET", a: kReg, b: kReg, c: kInt},
	DICT:             {name: "DICT", a: kReg, b: kReg, c: kInt},
	LISTAPPEND:       {name: "LISTAPPEND", a: kReg, b: kReg},
	LISTEXTEND:       {name: "LISTEXTEND", a: kReg, b: kReg, c: kInt},
	SETADD:           {name: "SETADD", a: kReg, b: kReg},
	SETUPDATE:        {name: "SETUPDATE", a: kReg, b: kReg},
	DICTSET:          {name: "DICTSET", a: kReg, b: kReg, c: kReg},
	DICTUPDATE:       {name: "DICTUPDATE", a: kReg, b: kReg},
	DICTMERGE:        {name: "DICTMERGE", a: kReg, b: kReg, c: kReg},
	LISTTOTUPLE:      {name: "LISTTOTUPLE", a: kReg, b: kReg},
	UNPACK:           {name: "UNPACK", a: kReg, b: kReg, c: kInt},
	UNPACKEX:         {name: "UNPACKEX", a: kReg, b: kReg, c: kInt, extra: kInt},
	CONVERT:          {name: "CONVERT", a: kReg, b: kReg, c: kInt},
	FORMAT:           {name: "FORMAT", a: kReg, b: kReg},
	FORMATSPEC:       {name: "FORMATSPEC", a: kReg, b: kReg, c: kReg},
	BUILDSTRING:      {name: "BUILDSTRING", a: kReg, b: kReg, c: kInt},
	MAKEFUNC:         {name: "MAKEFUNC", a: kReg, b: kConst, wide: true, extra: kInt},
	BUILDCLASS:       {name: "BUILDCLASS", a: kReg},
	LOADLOCALS:       {name: "LOADLOCALS", a: kReg},
	SETUPANNOTATIONS: {name: "SETUPANNOTATIONS"},
	RAISE:            {name: "RAISE", a: kReg, b: kReg, c: kInt},
	RERAISE:          {name: "RERAISE", a: kReg},
	EXCMATCH:         {name: "EXCMATCH", a: kReg, b: kReg, c: kReg},
	PUSHEXC:          {name: "PUSHEXC", a: kReg, b: kReg},
	POPEXC:           {name: "POPEXC", a: kReg},
	ASSERTIONERROR:   {name: "ASSERTIONERROR", a: kReg},
	EXCSTARMATCH:     {name: "EXCSTARMATCH", a: kReg, b: kReg, c: kReg},
	EXCSTARRERAISE:   {name: "EXCSTARRERAISE", a: kReg, b: kReg, c: kReg},
	BEFOREWITH:       {name: "BEFOREWITH", a: kReg, b: kReg},
	WITHEXIT:         {name: "WITHEXIT", a: kReg, b: kReg, c: kReg},
	YIELD:            {name: "YIELD", a: kReg, b: kReg},
	YIELDFROM:        {name: "YIELDFROM", a: kReg, b: kReg},
	IMPORTNAME:       {name: "IMPORTNAME", a: kReg, b: kReg, c: kName},
	IMPORTFROM:       {name: "IMPORTFROM", a: kReg, b: kReg, c: kName},
	IMPORTSTAR:       {name: "IMPORTSTAR", a: kReg},
	PRINTEXPR:        {name: "PRINTEXPR", a: kReg},
	ISSEQ:            {name: "ISSEQ", a: kReg, b: kReg},
	ISMAP:            {name: "ISMAP", a: kReg, b: kReg},
	LEN:              {name: "LEN", a: kReg, b: kReg},
	MATCHCLASS:       {name: "MATCHCLASS", a: kReg, b: kReg, c: kInt, extra: kConst},
	MATCHKEYS:        {name: "MATCHKEYS", a: kReg, b: kReg, c: kReg},
	DICTWITHOUT:      {name: "DICTWITHOUT", a: kReg, b: kReg, c: kReg},
	UNSUPPORTED:      {name: "UNSUPPORTED", a: kReg, b: kConst, wide: true},
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if op < NumOpcodes && opTable[op].name != "" {
		return opTable[op].name
	}
	return "ILLEGAL"
}

// HasExtraWord reports whether op is followed by an extra word.
func (op Opcode) HasExtraWord() bool { return opTable[op].extra != kNone }

// Words returns how many words the instruction w takes: 2 if its opcode
// is followed by an extra word, else 1.
func Words(w uint32) int {
	if Op(w).HasExtraWord() {
		return 2
	}
	return 1
}

// Jump returns where the instruction at pc of insns may jump to: JMP's
// Ax, always taken, or the extra word of a conditional branch or of
// FORITER (its loop's exit); conditional says whether execution may also
// go on to the next instruction. ok is false for an instruction that
// does not jump. Exception handlers are in Code.ExcTable, not here.
func Jump(insns []uint32, pc int) (target int, conditional, ok bool) {
	w := insns[pc]
	switch op := Op(w); {
	case op == JMP:
		return Ax(w), false, true
	case opTable[op].extra == kJump && pc+1 < len(insns):
		return int(insns[pc+1]), true, true
	}
	return 0, false, false
}

// Instruction encoding: bits 0-7 opcode, 8-15 A, 16-23 B, 24-31 C.

// Encode builds an instruction word from an opcode and three 8-bit operands.
func Encode(op Opcode, a, b, c int) uint32 {
	return uint32(op) | uint32(a&0xff)<<8 | uint32(b&0xff)<<16 | uint32(c&0xff)<<24
}

// EncodeBx builds an instruction with a 16-bit Bx operand.
func EncodeBx(op Opcode, a, bx int) uint32 {
	return uint32(op) | uint32(a&0xff)<<8 | uint32(bx&0xffff)<<16
}

// EncodeAx builds an instruction with a 24-bit Ax operand.
func EncodeAx(op Opcode, ax int) uint32 { return uint32(op) | uint32(ax&0xffffff)<<8 }

// Decoding helpers (the interpreter inlines these by hand).

// Op returns the instruction's opcode.
func Op(w uint32) Opcode { return Opcode(w) }

// A returns operand A.
func A(w uint32) int { return int(w >> 8 & 0xff) }

// B returns operand B.
func B(w uint32) int { return int(w >> 16 & 0xff) }

// C returns operand C.
func C(w uint32) int { return int(w >> 24) }

// Bx returns the 16-bit operand Bx.
func Bx(w uint32) int { return int(w >> 16) }

// Ax returns the 24-bit operand Ax.
func Ax(w uint32) int { return int(w >> 8) }
