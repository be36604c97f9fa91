package runtime

// This file defines traceback objects, built one per frame as an exception
// unwinds, and the formatting of an exception with its traceback as
// CPython 3.12 prints it.

import (
	"os"
	"strings"
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
}

// TracebackType is the type of traceback objects.
var TracebackType = NewBuiltinType("traceback", ObjectType, LayoutOther, 0)

// addTraceback records that exc passes through frame f at instruction pc.
func addTraceback(exc *Exception, f *Frame, pc int) {
	tb := &Traceback{Object: Object{typ: TracebackType}, Next: exc.Traceback, Code: f.Code, Lasti: pc}
	exc.Traceback = ValueOf(tb)
}

// Line returns the entry's source line.
func (tb *Traceback) Line() int { return tb.Code.Line(tb.Lasti) }

func init() {
	TracebackType.AddGetSet("tb_next", func(th *Thread, v Value) (Value, error) { return orNone(as[Traceback](v).Next), nil },
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
	TracebackType.AddGetSet("tb_frame", func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
}

// FormatException formats exc as CPython's default excepthook prints it:
// the chained exceptions (cause or context) first, then each traceback
// with source lines and carets, then "Type: message".
func FormatException(th *Thread, exc *Exception) string {
	var sb strings.Builder
	formatChain(th, &sb, exc, map[*Exception]bool{})
	return sb.String()
}

func formatChain(th *Thread, sb *strings.Builder, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if exc.Cause.p != nil && exc.Cause.Type().Layout == LayoutException {
		if c := as[Exception](exc.Cause); !seen[c] {
			formatChain(th, sb, c, seen)
			sb.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if exc.Context.p != nil && !exc.SuppressContext && exc.Context.Type().Layout == LayoutException {
		if c := as[Exception](exc.Context); !seen[c] {
			formatChain(th, sb, c, seen)
			sb.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if exc.Traceback.p != nil {
		sb.WriteString("Traceback (most recent call last):\n")
		sb.WriteString(FormatTraceback(exc.Traceback))
	}
	sb.WriteString(FormatExceptionOnly(th, exc))
	sb.WriteString("\n")
}

// FormatTraceback formats the entries of a traceback chain, outermost
// first, CPython 3.12 style (including "[Previous line repeated N more
// times]" for recursion).
func FormatTraceback(tbv Value) string {
	var sb strings.Builder
	cache := map[string][]string{}
	var lastFile, lastName string
	lastLine, repeat := -1, 0
	flush := func() {
		if repeat > 3 {
			n := repeat - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			sb.WriteString("  [Previous line repeated " + itoa(n) + " more time" + s + "]\n")
		}
	}
	for tbv.p != nil && tbv.Type() == TracebackType {
		tb := as[Traceback](tbv)
		tbv = tb.Next
		code := tb.Code
		line, col, endLine, endCol := code.Pos(tb.Lasti)
		if code.Filename == lastFile && line == lastLine && code.Name == lastName {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName, repeat = code.Filename, line, code.Name, 1
		}
		sb.WriteString("  File \"" + code.Filename + "\", line " + itoa(line) + ", in " + code.Name + "\n")
		src := sourceLine(cache, code.Filename, line)
		if src == "" {
			continue
		}
		stripped := strings.TrimLeft(src, " \t\f")
		indent := len(src) - len(stripped)
		stripped = strings.TrimRight(stripped, " \t\r\n\f")
		sb.WriteString("    " + stripped + "\n")
		// Carets under the instruction's span, unless it covers the whole line.
		if endLine == line && endCol > col && col >= indent {
			if !(col == indent && endCol >= indent+len(stripped)) {
				start := col - indent
				end := endCol - indent
				if end > len(stripped) {
					end = len(stripped)
				}
				if start < end {
					sb.WriteString("    " + strings.Repeat(" ", runeWidth(stripped[:start])) + strings.Repeat("^", runeWidth(stripped[start:end])) + "\n")
				}
			}
		}
	}
	flush()
	return sb.String()
}

func runeWidth(s string) int { return len([]rune(s)) }

// sourceLine returns line n (1-based) of a file, or "".
func sourceLine(cache map[string][]string, filename string, n int) string {
	lines, ok := cache[filename]
	if !ok {
		if SourceLines != nil {
			lines = SourceLines(filename)
		}
		if lines == nil && !strings.HasPrefix(filename, "<") {
			if data, err := os.ReadFile(filename); err == nil {
				lines = strings.Split(string(data), "\n")
			}
		}
		cache[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// SourceLines, if set, supplies the lines of a source file for tracebacks
// (the driver registers the main script and <stdin> input here, as
// CPython's linecache does).
var SourceLines func(filename string) []string
