package syntax

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Error is a SyntaxError, IndentationError or TabError, with CPython's fields.
type Error struct {
	Kind            string // "SyntaxError", "IndentationError" or "TabError"
	Msg             string // CPython's message, e.g. "expected ':'"
	Filename        string
	Line, Col       int    // 1-based line; 1-based column (CPython's offset), in code points
	EndLine, EndCol int    // CPython's end_lineno / end_offset; 0 if unknown (CPython sometimes says -1)
	Text            string // the line at Line, with its newline

	// incomplete marks errors that more input lines could fix: the REPL
	// asks for a continuation line instead of reporting them.
	incomplete bool
	// generic marks a scanner error that CPython's tokenizer signals
	// without raising an exception, such as a bad character after a line
	// continuation: unlike the others, it does not supersede a parser error
	// earlier in the file.
	generic bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// IsIncomplete reports whether err is a syntax error caused only by the
// input ending too soon: an unclosed bracket, an unterminated triple-quoted
// string, a backslash continuation, or a compound statement whose body has
// not been written yet. An interactive prompt should read another line and
// try again.
//
// Input that parses may still be unfinished: as CPython's REPL does, a
// prompt should keep reading after a compound statement until a blank
// line, since an elif, else, except or further body lines may follow.
func IsIncomplete(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.incomplete
}

// newError returns an error at the given CPython line and offsets, with the
// text of the line. src is the whole file.
func newError(filename string, src []byte, kind string, line, col, endLine, endCol int, msg string) *Error {
	return &Error{
		Kind: kind, Msg: msg, Filename: filename,
		Line: line, Col: col, EndLine: endLine, EndCol: endCol,
		Text: sourceLine(src, line),
	}
}

// sourceLine returns the 1-based line of src, with its newline.
func sourceLine(src []byte, line int) string {
	for i := 1; i < line; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		return string(src[:j+1])
	}
	// CPython's tokenizer gives the last line the newline it lacks.
	return string(src) + "\n"
}

// lineIndex records the starts of lines so that byte columns can be turned
// into the character offsets CPython reports.
type lineIndex struct {
	src    []byte
	starts []int
	// byteCols is set for source given as bytes (a file) with no coding
	// declaration: CPython's parser then reports its errors' columns in
	// bytes, as tok->encoding is unset.
	byteCols bool
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

// charOffset converts a 1-based line and 0-based byte column into CPython's
// 1-based character offset.
func (li *lineIndex) charOffset(line, col int) int {
	if line < 1 || line > len(li.starts) {
		return col + 1
	}
	start := li.starts[line-1]
	end := start + col
	past := 0 // columns beyond the end of the input, as at EOF
	if end > len(li.src) {
		past = end - len(li.src)
		end = len(li.src)
	}
	if end < start || li.byteCols {
		return col + 1
	}
	return utf8.RuneCount(li.src[start:end]) + 1 + past
}

// lastLine returns the number of the source's last line, not counting the
// empty "line" after a final newline.
func (l *lineIndex) lastLine() int {
	n := len(l.starts)
	if n > 1 && l.starts[n-1] == len(l.src) {
		n--
	}
	return n
}
