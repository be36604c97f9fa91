package tracelog

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// Errors returned by Reader, wrapped in an *Error that names the line.
var (
	// ErrMalformed means the input is not a well-formed log.
	ErrMalformed = errors.New("malformed tracelog")
	// ErrVersion means a JSON Lines log has another schema version.
	ErrVersion = errors.New("unsupported tracelog version")
	// ErrUnknownKind means a JSON Lines event has a kind this package
	// does not define.
	ErrUnknownKind = errors.New("unknown event kind")
)

// An Error is a problem with one line of a log.
type Error struct {
	Line int   // 1-based
	Err  error // wraps ErrMalformed, ErrVersion or ErrUnknownKind
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// A Reader reads events from a log in either format, one at a time.
//
// The last line of a log may be cut short, because the writer was
// killed: the Reader drops it, or the unclosed section it belongs to,
// and reports that with Truncated instead of an error.
type Reader struct {
	in        *bufio.Reader
	format    Format
	header    FileHeader
	line      int  // number of the last line read
	truncated bool // the log ended in an incomplete line or section
	sections  []section
	err       error // the first error, returned again by later calls
}

// section is an open PYPYLOG section.
type section struct {
	category string
	kind     Kind // KindInvalid for a category this package does not define
	time     uint64
	line     int
	lines    []string
}

// NewReader returns a Reader for r, whose format it detects from the
// first byte: '{' for JSON Lines (whose header it reads and checks),
// anything else for text. An empty input is an empty text log.
func NewReader(r io.Reader) (*Reader, error) {
	rd := &Reader{in: bufio.NewReaderSize(r, 64<<10), format: Text}
	first, err := rd.in.Peek(1)
	if err != nil || first[0] != '{' {
		return rd, nil
	}
	rd.format = JSONL
	line, complete, err := rd.readLine()
	if err != nil {
		return nil, err
	}
	if rd.header, err = parseJSONHeader(line); err != nil {
		if !complete {
			rd.truncated = true // killed before the first buffer was written
			return rd, nil
		}
		return nil, &Error{Line: rd.line, Err: err}
	}
	return rd, nil
}

// Format returns the format of the log.
func (r *Reader) Format() Format { return r.format }

// Header returns the header of a JSON Lines log; it is zero for text.
func (r *Reader) Header() FileHeader { return r.header }

// Truncated reports whether the log ended in an incomplete line or
// section. It is meaningful once Next has returned io.EOF.
func (r *Reader) Truncated() bool { return r.truncated }

// Next returns the next event, or io.EOF after the last one. Malformed
// input gives an *Error naming the offending line; errors reading the
// underlying io.Reader are returned as they are. Errors are final.
func (r *Reader) Next() (Event, error) {
	if r.err == nil {
		var e Event
		if e, r.err = r.next(); r.err == nil {
			return e, nil
		}
	}
	return nil, r.err
}

func (r *Reader) next() (Event, error) {
	for !r.truncated {
		line, complete, err := r.readLine()
		if err != nil {
			return nil, err
		}
		if line == nil {
			break
		}
		var e Event
		if r.format == JSONL {
			if len(line) == 0 {
				continue // tolerate blank lines, as most JSON Lines readers do
			}
			e, err = parseJSON(line)
		} else {
			e, err = r.textLine(line)
		}
		if err != nil {
			if !complete {
				r.truncated = true
				break
			}
			return nil, &Error{Line: r.line, Err: err}
		}
		if e != nil {
			return e, nil
		}
	}
	if len(r.sections) > 0 {
		r.truncated = true
		r.sections = nil
	}
	return nil, io.EOF
}

// readLine returns the next line without its newline and whether it
// had one; line is nil at the end of input.
func (r *Reader) readLine() (line []byte, complete bool, err error) {
	line, err = r.in.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return nil, false, err
	}
	if len(line) == 0 {
		return nil, false, nil
	}
	r.line++
	if n := len(line) - 1; line[n] == '\n' {
		return line[:n], true, nil
	}
	return line, false, nil
}

// textLine handles one line of a text log, returning an event when the
// line closes the section of a known category.
func (r *Reader) textLine(line []byte) (Event, error) {
	t, open, category, ok := parseFrame(line)
	if !ok {
		if len(r.sections) == 0 {
			return nil, fmt.Errorf("%w: text outside any section: %q", ErrMalformed, line)
		}
		if top := &r.sections[len(r.sections)-1]; top.kind != KindInvalid {
			top.lines = append(top.lines, string(line))
		}
		return nil, nil
	}
	if open {
		_, kindByCategory := kindTables()
		r.sections = append(r.sections, section{category: category, kind: kindByCategory[category], time: t, line: r.line})
		return nil, nil
	}
	if len(r.sections) == 0 {
		return nil, fmt.Errorf("%w: %s} closes no open section", ErrMalformed, category)
	}
	s := r.sections[len(r.sections)-1]
	if s.category != category {
		return nil, fmt.Errorf("%w: %s} closes the section {%s opened on line %d", ErrMalformed, category, s.category, s.line)
	}
	if t < s.time {
		return nil, fmt.Errorf("%w: %s} is stamped %x, before its opening %x", ErrMalformed, category, t, s.time)
	}
	r.sections = r.sections[:len(r.sections)-1]
	if s.kind == KindInvalid {
		return nil, nil // a category of PyPy's or of a later Kiln: skip it
	}
	e := kinds[s.kind].new()
	e.Header().Time = time.Duration(s.time)
	if err := parseTextBody(e, s.lines); err != nil {
		return nil, fmt.Errorf("in section {%s opened on line %d: %w", category, s.line, err)
	}
	return e, nil
}

// parseFrame parses "[hex] {category" (open) or "[hex] category}".
func parseFrame(line []byte) (t uint64, open bool, category string, ok bool) {
	if len(line) < 4 || line[0] != '[' {
		return 0, false, "", false
	}
	end := bytes.Index(line, []byte("] "))
	if end < 2 {
		return 0, false, "", false
	}
	for _, c := range line[1:end] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return 0, false, "", false
		}
	}
	t, err := strconv.ParseUint(string(line[1:end]), 16, 63)
	if err != nil {
		return 0, false, "", false
	}
	rest := line[end+2:]
	if cat, found := bytes.CutPrefix(rest, []byte("{")); found && validCategory(cat) {
		return t, true, string(cat), true
	}
	if cat, found := bytes.CutSuffix(rest, []byte("}")); found && validCategory(cat) {
		return t, false, string(cat), true
	}
	return 0, false, "", false
}

// validCategory reports whether c can be a category: PyPy's are
// lowercase words joined by '-'; any non-empty run without spaces or
// braces is accepted.
func validCategory(c []byte) bool {
	return len(c) > 0 && bytes.IndexAny(c, " {}\t\r") < 0
}

// ReadAll reads every event of a log, in either format. A truncated
// last line or section is dropped without an error.
func ReadAll(r io.Reader) ([]Event, error) {
	rd, err := NewReader(r)
	if err != nil {
		return nil, err
	}
	var events []Event
	for {
		e, err := rd.Next()
		if err == io.EOF {
			return events, nil
		}
		if err != nil {
			return events, err
		}
		events = append(events, e)
	}
}
