package runtime

// This file defines traceback objects, built one per frame as an exception
// unwinds, and the formatting of an exception with its traceback as
// CPython 3.12 prints it.

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/stdlib/unicodedata/ucd"
)

// Traceback is a traceback entry (type "traceback"): the code and the
// instruction index where the exception passed through one frame. Next is
// the entry of the frame it was raised in from this one (towards the
// innermost frame), or zero.
type Traceback struct {
	Object
	Next  Value
	Code  *Code
	Lasti int
	// The frame's namespaces, for tb_frame and NameError suggestions;
	// Locals is a snapshot taken only for the entry where a NameError
	// was raised in a function.
	Globals, Builtins, Locals *Dict
	// frame is the function frame the entry was made in while it has not
	// returned, and regs a copy of its variables' registers once it has:
	// tb_frame shows its locals from them (frame_captures.go).
	frame *Frame
	regs  []Value
}

// TracebackType is the type of traceback objects.
var TracebackType = NewBuiltinType("traceback", ObjectType, LayoutOther, 0)

// addTraceback records that exc passes through frame f at instruction pc.
func addTraceback(exc *Exception, f *Frame, pc int) {
	tb := &Traceback{Object: Object{typ: TracebackType}, Next: exc.Traceback, Code: f.Code, Lasti: pc,
		Globals: f.Globals, Builtins: f.Builtins}
	if exc.Traceback.p == nil && exc.typ.IsSubtype(NameError) && f.Code.Flags&compileFlagNewLocals != 0 {
		if l := f.LocalsDict(); l.p != nil && l.Type() == DictType {
			tb.Locals = as[Dict](l)
		}
	}
	if tb.Locals == nil && f.Code.Flags&compileFlagNewLocals != 0 {
		f.captureTraceback(tb)
	}
	exc.Traceback = ValueOf(tb)
}

// fromInlined reports whether exc has just propagated out of a call
// (instruction w of frame f) into a comprehension of f's that CPython
// would have inlined: its traceback then has no entry for the call (see
// compile.FlagInlined). The comprehension must be one of f's own, else an
// exception leaving a function whose comprehension raised would lose the
// caller's entry too.
func fromInlined(exc *Exception, f *Frame, w uint32) bool {
	if compile.Opcode(w) != compile.CALL || exc.Traceback.p == nil || exc.Traceback.Type() != TracebackType {
		return false
	}
	inner := as[Traceback](exc.Traceback).Code
	if inner.Flags&compile.FlagInlined == 0 {
		return false
	}
	for _, c := range f.Code.Consts {
		if c.p != nil && c.Type() == CodeType && as[Code](c) == inner {
			return true
		}
	}
	return false
}

// Line returns the entry's source line.
func (tb *Traceback) Line() int { return tb.Code.Line(tb.Lasti) }

func init() {
	TracebackType.AddGetSet("tb_next", func(th *Thread, v Value) (Value, error) { return noneIfUnset(as[Traceback](v).Next), nil },
		func(th *Thread, v, x Value) error {
			if x.p != nil && !x.IsNone() && x.Type() != TracebackType {
				return Errorf(TypeError, "expected traceback object or None, got '%s'", TypeName(x))
			}
			if x.IsNone() {
				x = Value{}
			}
			as[Traceback](v).Next = x
			return nil
		})
	TracebackType.AddGetSet("tb_lineno", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Traceback](v).Line())), nil }, nil)
	TracebackType.AddGetSet("tb_lasti", func(th *Thread, v Value) (Value, error) { return Int(int64(as[Traceback](v).Lasti * 2)), nil }, nil)
	TracebackType.AddGetSet("tb_frame", func(th *Thread, v Value) (Value, error) {
		tb := as[Traceback](v)
		locals := ValueOf(tb.Globals)
		if tb.Code.Flags&compileFlagNewLocals != 0 {
			locals = ValueOf(NewDict())
			if tb.Locals != nil {
				locals = ValueOf(tb.Locals)
			} else if tb.frame != nil {
				locals = tb.frame.LocalsDict()
			} else if tb.regs != nil {
				d := NewDict()
				updateLocals(tb.Code, tb.regs, d)
				locals = ValueOf(d)
			}
		}
		return ValueOf(&FrameObject{Object: Object{typ: FrameType}, Code: tb.Code, Globals: tb.Globals,
			Locals: locals, Lineno: tb.Line(), Lasti: tb.Lasti}), nil
	}, nil)
}

// FormatException formats exc as CPython's default excepthook prints it:
// the chained exceptions (cause or context) first, then each traceback
// with source lines and carets, then "Type: message" and the notes;
// exception groups get CPython's boxed layout (traceback.py's
// TracebackException.format).
func FormatException(th *Thread, exc *Exception) string {
	return strings.Join(formatExceptionChunks(th, exc, noLimit, true), "")
}

// formatExceptionChunks formats exc in the pieces traceback.py's
// TracebackException.format yields them: one per message, traceback
// header, frame and line of the exception's own text. limit bounds each
// traceback as traceback.py's limit does; chain says whether the cause
// or context is shown first.
func formatExceptionChunks(th *Thread, exc *Exception, limit tracebackLimit, chain bool) []string {
	ctx := &printContext{seen: map[*Exception]bool{}, limit: limit, chain: chain}
	ctx.format(th, exc)
	return ctx.out
}

// tracebackLimit is traceback.py's limit: with all set, every entry;
// otherwise the first n entries (outermost first), or the last -n when n
// is negative.
type tracebackLimit struct {
	all bool
	n   int
}

var noLimit = tracebackLimit{all: true}

// apply returns the entries of list that the limit keeps.
func (l tracebackLimit) apply(n int) (from, to int) {
	switch {
	case l.all:
		return 0, n
	case l.n >= 0:
		return 0, min(l.n, n)
	default:
		return max(0, n+l.n), n
	}
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// printContext is traceback.py's _ExceptionPrintContext.
type printContext struct {
	depth     int
	needClose bool
	seen      map[*Exception]bool
	limit     tracebackLimit
	chain     bool
	out       []string // the chunks formatted so far
}

func (ctx *printContext) indent() string { return strings.Repeat(" ", 2*ctx.depth) }

// emit adds text as one chunk, with every line prefixed by the group
// margin.
func (ctx *printContext) emit(text string, margin string) {
	if strings.HasPrefix(text, "  [Previous line repeated ") {
		// traceback.c's tb_print_line_repeated writes this line with
		// neither the indent nor the margin of an exception group.
		ctx.out = append(ctx.out, text)
		return
	}
	prefix := ctx.indent()
	if ctx.depth > 0 {
		prefix += margin + " "
	}
	var sb strings.Builder
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		sb.WriteString(prefix + line)
	}
	ctx.out = append(ctx.out, sb.String())
}

// emitEach emits each chunk of a list.
func (ctx *printContext) emitEach(chunks []string, margin string) {
	for _, c := range chunks {
		ctx.emit(c, margin)
	}
}

func exceptionOf(v Value) *Exception {
	if v.p != nil && v.Type().Layout == LayoutException {
		return as[Exception](v)
	}
	return nil
}

func (ctx *printContext) format(th *Thread, top *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	msg := ""
	for exc := top; exc != nil; {
		ctx.seen[exc] = true
		chain = append(chain, link{msg, exc})
		if !ctx.chain {
			break
		}
		var next *Exception
		msg = ""
		if c := exceptionOf(exc.Cause); c != nil {
			if !ctx.seen[c] {
				next, msg = c, "\nThe above exception was the direct cause of the following exception:\n\n"
			}
		} else if c := exceptionOf(exc.Context); c != nil && !exc.SuppressContext && !ctx.seen[c] {
			next, msg = c, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		exc = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		l := chain[i]
		exc := l.exc
		if i < len(chain)-1 {
			ctx.emit(chain[i+1].msg, "|")
		}
		var subs []Value
		if exc.typ.IsSubtype(BaseExceptionGroup) {
			if v, ok, err := GetAttrOK(th, ValueOf(exc), "exceptions"); err == nil && ok && v.Type().Layout == LayoutTuple {
				subs = TupleItems(v)
			}
		}
		if !exc.typ.IsSubtype(BaseExceptionGroup) || subs == nil {
			if entries := formatTracebackEntries(th, exc.Traceback, ctx.limit); len(entries) > 0 {
				ctx.emit("Traceback (most recent call last):\n", "|")
				ctx.emitEach(entries, "|")
			}
			ctx.emitEach(formatExceptionOnly(th, exc), "|")
			continue
		}
		if ctx.depth > maxGroupDepth {
			ctx.emit("... (max_group_depth is "+itoa(maxGroupDepth)+")\n", "|")
			continue
		}
		topLevel := ctx.depth == 0
		if topLevel {
			ctx.depth++
		}
		if entries := formatTracebackEntries(th, exc.Traceback, ctx.limit); len(entries) > 0 {
			margin := "|"
			if topLevel {
				margin = "+"
			}
			ctx.emit("Exception Group Traceback (most recent call last):\n", margin)
			ctx.emitEach(entries, "|")
		}
		ctx.emitEach(formatExceptionOnly(th, exc), "|")
		n := len(subs)
		if n > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		ctx.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				ctx.needClose = true
			}
			truncated := k >= maxGroupWidth
			title := itoa(k + 1)
			if truncated {
				title = "..."
			}
			lead := "  "
			if k == 0 {
				lead = "+-"
			}
			ctx.out = append(ctx.out, ctx.indent()+lead+"+---------------- "+title+" ----------------\n")
			ctx.depth++
			if !truncated {
				if sub := exceptionOf(subs[k]); sub != nil {
					ctx.format(th, sub)
				}
			} else {
				remaining := len(subs) - maxGroupWidth
				plural := ""
				if remaining > 1 {
					plural = "s"
				}
				ctx.emit("and "+itoa(remaining)+" more exception"+plural+"\n", "|")
			}
			if last && ctx.needClose {
				ctx.out = append(ctx.out, ctx.indent()+"+------------------------------------\n")
				ctx.needClose = false
			}
			ctx.depth--
		}
		if topLevel {
			ctx.depth = 0
		}
	}
}

// formatExceptionOnly is format_exception_only: "Type: message" with
// suggestions, or a SyntaxError's source display, then the notes, in
// traceback.py's chunks.
func formatExceptionOnly(th *Thread, exc *Exception) []string {
	var chunks []string
	if s, ok := syntaxErrorText(th, exc); ok {
		chunks = splitLines(s)
	} else {
		// One chunk, even for a message of several lines, as
		// traceback.py's _format_final_exc_line yields it.
		chunks = []string{FormatExceptionOnly(th, exc) + suggestionSuffix(th, exc) + "\n"}
	}
	var notes strings.Builder
	writeNotes(th, &notes, exc)
	return append(chunks, splitLines(notes.String())...)
}

// syntaxErrorText is a SyntaxError's source display, if exc is one that
// has a message.
func syntaxErrorText(th *Thread, exc *Exception) (string, bool) {
	if !exc.typ.IsSubtype(SyntaxError) {
		return "", false
	}
	return formatSyntaxError(th, exc)
}

// splitLines splits text after each newline.
func splitLines(text string) []string {
	var lines []string
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return append(lines, text)
		}
		lines = append(lines, text[:i+1])
		text = text[i+1:]
	}
	return lines
}

// writeNotes writes the exception's __notes__ (PEP 678), one per line.
func writeNotes(th *Thread, sb *strings.Builder, exc *Exception) {
	notes, ok, err := GetAttrOK(th, ValueOf(exc), "__notes__")
	if err != nil || !ok || notes.IsNone() {
		return
	}
	if l := notes.Type().Layout; l != LayoutList && l != LayoutTuple {
		r, err := Repr(th, notes)
		if err != nil {
			r = "<__notes__ repr() failed>"
		}
		sb.WriteString(r + "\n")
		return
	}
	items, _ := ToSlice(th, notes)
	for _, n := range items {
		var s string
		if n.Type().Layout == LayoutStr {
			s = StrValue(n)
		} else if str, err := ToString(th, n); err == nil {
			s = str
		} else {
			s = "<note str() failed>"
		}
		sb.WriteString(s + "\n")
	}
}

// formatSyntaxError formats a SyntaxError as traceback.py's
// _format_syntax_error: the file and line, the source text with carets
// under offset..end_offset, then "Type: msg".
func formatSyntaxError(th *Thread, exc *Exception) (string, bool) {
	attr := func(name string) Value {
		v, ok, err := GetAttrOK(th, ValueOf(exc), name)
		if err != nil || !ok {
			return None
		}
		return v
	}
	msgV := attr("msg")
	if msgV.IsNone() {
		return "", false
	}
	var sb strings.Builder
	filename, lineno := attr("filename"), attr("lineno")
	suffix := ""
	if lineno.IsSmallInt() {
		fn := "<string>"
		if filename.Type().Layout == LayoutStr {
			fn = StrValue(filename)
		}
		sb.WriteString("  File \"" + fn + "\", line " + itoa(int(lineno.SmallInt())) + "\n")
	} else if filename.Type().Layout == LayoutStr {
		suffix = " (" + StrValue(filename) + ")"
	}
	if text := attr("text"); text.Type().Layout == LayoutStr {
		// As pythonrun.c's print_error_text: strip leading blanks (moving
		// the offset with them), print the line, then the carets.
		t := []rune(StrValue(text))
		offset, end := -1, -1
		if off := attr("offset"); off.IsSmallInt() {
			offset = int(off.SmallInt())
		}
		if e := attr("end_offset"); e.IsSmallInt() {
			end = int(e.SmallInt())
		}
		if el := attr("end_lineno"); el.IsSmallInt() && lineno.IsSmallInt() && el.SmallInt() > lineno.SmallInt() {
			end = len(t)
		}
		if end > len(t)+1 {
			end = len(t) + 1
		}
		reps := 1
		if end > 0 && end > offset && !exc.typ.IsSubtype(IndentationError) {
			reps = end - offset
		}
		offset--
		for len(t) > 0 && (t[0] == ' ' || t[0] == '\t' || t[0] == '\f') {
			t = t[1:]
			offset--
		}
		n := len(t)
		if n > 0 && t[n-1] == '\n' {
			n--
		}
		if b := len(string(t[:n])); offset > b {
			// print_error_text clips the offset to the line's length
			// in UTF-8 bytes, not characters.
			offset = b
		}
		sb.WriteString("    " + string(t[:n]) + "\n")
		if offset >= 0 {
			sb.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n")
		}
	}
	msg, err := ToString(th, msgV)
	if err != nil || msg == "" {
		msg = "<no detail available>"
	}
	name := exc.typ.Qualname
	if m := exc.typ.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	sb.WriteString(name + ": " + msg + suffix + "\n")
	return sb.String(), true
}

// formatTracebackEntries formats the entries of a traceback chain that
// limit keeps, outermost first, one chunk per entry, CPython 3.12 style
// (including "[Previous line repeated N more times]" for recursion).
func formatTracebackEntries(th *Thread, tbv Value, limit tracebackLimit) []string {
	entries := tracebackEntries(tbv)
	from, to := limit.apply(len(entries))
	return formatStackEntries(th, entries[from:to])
}

// A stackEntry is one line of a traceback or stack: a code object and
// the instruction it was at.
type stackEntry struct {
	code *Code
	pc   int
}

// tracebackEntries lists the entries of a traceback chain, outermost
// first.
func tracebackEntries(tbv Value) []stackEntry {
	var entries []stackEntry
	for tbv.p != nil && tbv.Type() == TracebackType {
		tb := as[Traceback](tbv)
		entries = append(entries, stackEntry{tb.Code, tb.Lasti})
		tbv = tb.Next
	}
	return entries
}

// formatStackEntries formats entries as StackSummary.format does: one
// chunk per entry, with runs of more than three identical entries cut
// short by a "[Previous line repeated N more times]" chunk.
func formatStackEntries(th *Thread, entries []stackEntry) []string {
	var out []string
	var lastFile, lastName string
	lastLine, repeat := -1, 0
	flush := func() {
		if repeat > 3 {
			n := repeat - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			out = append(out, "  [Previous line repeated "+itoa(n)+" more time"+s+"]\n")
		}
	}
	for _, e := range entries {
		code := e.code
		line, col, endLine, endCol := code.Pos(e.pc)
		if code.Filename == lastFile && line == lastLine && code.Name == lastName {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName, repeat = code.Filename, line, code.Name, 1
		}
		entry := "  File \"" + code.Filename + "\", line " + itoa(line) + ", in " + code.Name + "\n"
		if src := th.Interp.SourceLine(code.Filename, line); src != "" {
			entry += "    " + strings.TrimLeft(src, " \t\f") + "\n"
			entry += caretLine(src, line, col, endLine, endCol, code.PosAnchor(e.pc))
		}
		out = append(out, entry)
	}
	flush()
	return out
}

// SourceLine returns line n (1-based) of a source file, without its line
// end, or "" — CPython's linecache: files are read once per interpreter,
// and names in angle brackets (<string>, <stdin>) have no lines.
func (interp *Interpreter) SourceLine(filename string, n int) string {
	lines, ok := interp.lineCache[filename]
	if !ok {
		if !strings.HasPrefix(filename, "<") {
			if data, err := os.ReadFile(filename); err == nil {
				lines = strings.Split(string(data), "\n")
			}
		}
		if interp.lineCache == nil {
			interp.lineCache = map[string][]string{}
		}
		interp.lineCache[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// fileLine is SourceLine through th's interpreter, or straight from the
// file when there is no thread.
func fileLine(th *Thread, filename string, n int) string {
	if th != nil {
		return th.Interp.SourceLine(filename, n)
	}
	var interp Interpreter
	return interp.SourceLine(filename, n)
}

// caretLine returns the line of carets CPython 3.12.1 prints under a
// traceback's source line (or ""), as traceback.c's tb_displayline does for
// an uncaught exception: col and endCol are byte offsets into src (the
// line with its indentation, without its line end); the operator and
// bracket scans run over the segment's bytes; the result is positioned in
// display columns, where East Asian wide and fullwidth characters take two.
func caretLine(src string, line, col, endLine, endCol int, anc compile.Anchor) string {
	if col < 0 || endCol < 0 {
		return ""
	}
	runes := []rune(src)
	indent := 0
	for indent < len(runes) && isTracebackBlank(runes[indent]) {
		indent++
	}
	start, end := byteToCharOffset(src, col), byteToCharOffset(src, endCol)
	left, right := -1, -1
	primary, secondary := "^", "^"
	if line == endLine {
		seg := ""
		if lo, hi := min(start, len(runes)), min(end, len(runes)); lo < hi {
			seg = string(runes[lo:hi])
		}
		var ok bool
		if left, right, ok = caretAnchors(seg, anc, col); ok {
			primary, secondary = "~", "^"
			left = byteToCharOffset(seg, left) + start
			right = byteToCharOffset(seg, right) + start
		}
	} else {
		// tb_displayline indexes the line's bytes with its length in
		// characters here; a line with non-ASCII text keeps that quirk.
		i := len(runes) - 1
		for i >= 0 && i < len(src) && isTracebackBlank(rune(src[i])) {
			i--
		}
		end = i + 1
	}
	special := left != -1 || right != -1
	if end-start == len(runes)-indent && !special {
		return ""
	}
	width := func(off int) int {
		if off < 0 {
			return off
		}
		return displayWidth(runes[:min(off, len(runes))]) + max(0, off-len(runes))
	}
	dpStart, dpEnd, dpLeft, dpRight := width(start), width(end), width(left), width(right)
	var sb strings.Builder
	for o := indent - 4 + 1; o <= dpEnd; o++ {
		switch {
		case o <= dpStart:
			sb.WriteByte(' ')
		case special && dpLeft < o && o <= dpRight:
			sb.WriteString(secondary)
		default:
			sb.WriteString(primary)
		}
	}
	sb.WriteString("\n")
	return sb.String()
}

// isTracebackBlank reports the characters traceback.c strips from the
// front of a source line: space, tab and form feed.
func isTracebackBlank(r rune) bool { return r == ' ' || r == '\t' || r == '\f' }

// byteToCharOffset converts a byte offset into s to a character offset,
// as _PyPegen_byte_offset_to_character_offset: a cut inside a character
// counts that character.
func byteToCharOffset(s string, off int) int {
	if off > len(s) {
		return utf8.RuneCountInString(s) + min(1, off-len(s))
	}
	n := 0
	for i := range s {
		if i >= off {
			break
		}
		n++
	}
	return n
}

// displayWidth is the width of rs on a terminal: two columns for East
// Asian wide (W) and fullwidth (F) characters, one for the rest.
func displayWidth(rs []rune) int {
	w := 0
	for _, r := range rs {
		w++
		if r >= 0x1100 {
			if eaw := ucd.EastAsianWidth(r); eaw == "W" || eaw == "F" {
				w++
			}
		}
	}
	return w
}

// caretAnchors finds the operator of a binary operation or the brackets
// of a subscript in seg, the expression's text, as byte offsets into seg,
// following traceback.c's extract_anchors_from_expr; ok is false for
// other expressions.
func caretAnchors(seg string, anc compile.Anchor, col int) (left, right int, ok bool) {
	isBlank := func(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }
	switch anc.Kind {
	case compile.AnchorBinOp:
		leftEnd, rightStart := int(anc.Left)-col, int(anc.Right)-col
		if leftEnd < 0 || rightStart > len(seg) || leftEnd > rightStart {
			return -1, -1, false
		}
		left, right = -1, -1
		for i := leftEnd; i < rightStart; i++ {
			if isBlank(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < rightStart && !isBlank(seg[i+1]) {
				right++
			}
			if i+1 < rightStart && seg[i] == ')' {
				continue
			}
			break
		}
		return left, right, left >= 0
	case compile.AnchorSubscript:
		left, right = int(anc.Left)-col, int(anc.Right)-col+1
		if left < 0 || right < 0 {
			return -1, -1, false
		}
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return left, right, true
	}
	return -1, -1, false
}
