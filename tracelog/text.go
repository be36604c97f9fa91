package tracelog

// This file defines the PYPYLOG-style text codec. Each event is one
// section framed as PyPy frames it,
//
//	[<hex time_ns>] {<category>
//	<content lines>
//	[<hex time_ns>] <category>}
//
// with the timestamp in nanoseconds since process start (PyPy writes
// raw TSC ticks). The content is one "name: value" line per field,
// except for the sections PyPy tools already parse, which keep PyPy's
// layout: jit-summary, jit-backend-counts, jit-log-opt-loop and
// jit-log-opt-bridge. A non-zero thread is a first "thread: N" line.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A textCodec is an event whose section content is not the generic
// "name: value" lines.
type textCodec interface {
	appendTextBody(b []byte) []byte
	parseTextBody(lines []string) error
}

// appendText appends e as one section. With framesOnly it writes the
// two frame lines alone, as PyPy's profiling mode (PYPYLOG=file) does.
func appendText(b []byte, e Event, framesOnly bool) []byte {
	t := textEncoder{b}
	t.event(e, framesOnly)
	return t.b
}

// textEncoder appends text to b; see jsonEncoder.
type textEncoder struct{ b []byte }

func (t *textEncoder) event(e Event, framesOnly bool) {
	h := e.Header()
	cat := e.Kind().Category()
	t.b = appendFrame(t.b, h.Time, "{", cat, "")
	if !framesOnly {
		if h.Thread != 0 {
			t.b = append(t.b, "thread: "...)
			t.b = strconv.AppendInt(t.b, h.Thread, 10)
			t.b = append(t.b, '\n')
		}
		if c, ok := e.(textCodec); ok {
			t.b = c.appendTextBody(t.b)
		} else {
			e.fields(t)
		}
	}
	t.b = appendFrame(t.b, h.Time, "", cat, "}")
}

func appendFrame(b []byte, t time.Duration, open, cat, close string) []byte {
	b = append(b, '[')
	b = strconv.AppendUint(b, uint64(t), 16)
	b = append(b, "] "...)
	b = append(b, open...)
	b = append(b, cat...)
	b = append(b, close...)
	return append(b, '\n')
}

func (t *textEncoder) line(name string, value func([]byte) []byte) {
	t.b = append(t.b, name...)
	t.b = append(t.b, ':')
	start := len(t.b)
	t.b = append(t.b, ' ')
	t.b = value(t.b)
	if len(t.b) == start+1 {
		t.b = t.b[:start] // an empty list: "name:" with no trailing space
	}
	t.b = append(t.b, '\n')
}

func (t *textEncoder) int(name string, p *int64) {
	t.line(name, func(b []byte) []byte { return strconv.AppendInt(b, *p, 10) })
}

func (t *textEncoder) str(name string, p *string) {
	t.line(name, func(b []byte) []byte { return strconv.AppendQuote(b, *p) })
}

func (t *textEncoder) enum(name string, p *string, _ []string) { t.str(name, p) }
func (t *textEncoder) text(name string, p *string)             { t.str(name, p) }

func (t *textEncoder) dur(name string, p *time.Duration) {
	t.line(name, func(b []byte) []byte { return strconv.AppendInt(b, int64(*p), 10) })
}

func (t *textEncoder) pos(name string, p *Pos) {
	t.line(name, func(b []byte) []byte { return appendTextPos(b, *p) })
}

func appendTextPos(b []byte, p Pos) []byte {
	b = strconv.AppendQuote(b, p.File)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(p.Line), 10)
	b = append(b, ':')
	return strconv.AppendInt(b, int64(p.Col), 10)
}

func (t *textEncoder) strs(name string, p *[]string) {
	t.line(name, func(b []byte) []byte {
		return appendList(b, " ", len(*p), func(b []byte, i int) []byte { return strconv.AppendQuote(b, (*p)[i]) })
	})
}

func (t *textEncoder) frames(name string, p *[]Frame) {
	t.line(name, func(b []byte) []byte {
		return appendList(b, ", ", len(*p), func(b []byte, i int) []byte {
			b = strconv.AppendQuote(b, (*p)[i].Func)
			b = append(b, ' ')
			return appendTextPos(b, (*p)[i].Pos)
		})
	})
}

func (t *textEncoder) counts(name string, p *[]Count) {
	t.line(name, func(b []byte) []byte {
		return appendList(b, " ", len(*p), func(b []byte, i int) []byte {
			b = strconv.AppendInt(b, (*p)[i].ID, 10)
			b = append(b, ':')
			return strconv.AppendInt(b, (*p)[i].N, 10)
		})
	})
}

// parseTextBody decodes a section's content into e.
func parseTextBody(e Event, lines []string) error {
	if len(lines) > 0 {
		if v, ok := strings.CutPrefix(lines[0], "thread: "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return fmt.Errorf("%w: thread: %v", ErrMalformed, err)
			}
			e.Header().Thread = n
			lines = lines[1:]
		}
	}
	if c, ok := e.(textCodec); ok {
		return c.parseTextBody(lines)
	}
	d := textDecoder{values: make(map[string]string, len(lines))}
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return fmt.Errorf("%w: want \"name: value\", got %q", ErrMalformed, l)
		}
		if _, dup := d.values[name]; dup {
			return fmt.Errorf("%w: field %q given twice", ErrMalformed, name)
		}
		d.values[name] = strings.TrimPrefix(value, " ")
	}
	e.fields(&d)
	if d.err != nil {
		return d.err
	}
	for name := range d.values {
		return fmt.Errorf("%w: unknown field %q", ErrMalformed, name)
	}
	return nil
}

// textDecoder takes each field's value out of values; see jsonDecoder.
type textDecoder struct {
	values map[string]string
	err    error
}

// take parses the named value with parse, which must consume it all.
func (d *textDecoder) take(name string, parse func(s *scanner)) {
	v, ok := d.values[name]
	if !ok || d.err != nil {
		return
	}
	delete(d.values, name)
	s := scanner{s: v}
	parse(&s)
	if s.err == nil && s.s != "" {
		s.fail("unexpected %q", s.s)
	}
	if s.err != nil {
		d.err = fmt.Errorf("%w: field %q: %v", ErrMalformed, name, s.err)
	}
}

func (d *textDecoder) int(name string, p *int64) {
	d.take(name, func(s *scanner) { *p = s.int() })
}

func (d *textDecoder) str(name string, p *string) {
	d.take(name, func(s *scanner) { *p = s.quoted() })
}

func (d *textDecoder) text(name string, p *string) { d.str(name, p) }

func (d *textDecoder) enum(name string, p *string, values []string) {
	d.take(name, func(s *scanner) {
		*p = s.quoted()
		if s.err == nil && *p != "" && !slices.Contains(values, *p) {
			s.fail("%q is not one of %q", *p, values)
		}
	})
}

func (d *textDecoder) dur(name string, p *time.Duration) {
	d.take(name, func(s *scanner) { *p = time.Duration(s.int()) })
}

func (d *textDecoder) pos(name string, p *Pos) {
	d.take(name, func(s *scanner) { *p = s.pos() })
}

// list calls item for each element of a separated list.
func (s *scanner) list(sep string, item func()) {
	for s.s != "" && s.err == nil {
		item()
		if s.s == "" {
			return
		}
		s.expect(sep)
	}
}

func (d *textDecoder) strs(name string, p *[]string) {
	d.take(name, func(s *scanner) {
		s.list(" ", func() { *p = append(*p, s.quoted()) })
	})
}

func (d *textDecoder) frames(name string, p *[]Frame) {
	d.take(name, func(s *scanner) {
		s.list(", ", func() {
			var f Frame
			f.Func = s.quoted()
			s.expect(" ")
			f.Pos = s.pos()
			*p = append(*p, f)
		})
	})
}

func (d *textDecoder) counts(name string, p *[]Count) {
	d.take(name, func(s *scanner) {
		s.list(" ", func() { *p = append(*p, s.count()) })
	})
}

// A scanner parses values from the front of a string. The first error
// sticks, and every method returns a zero value after it.
type scanner struct {
	s   string
	err error
}

func (s *scanner) fail(format string, args ...any) {
	if s.err == nil {
		s.err = fmt.Errorf(format, args...)
	}
}

func (s *scanner) expect(prefix string) {
	if s.err != nil {
		return
	}
	rest, ok := strings.CutPrefix(s.s, prefix)
	if !ok {
		s.fail("want %q at %q", prefix, s.s)
		return
	}
	s.s = rest
}

func (s *scanner) quoted() string {
	if s.err != nil {
		return ""
	}
	q, err := strconv.QuotedPrefix(s.s)
	if err != nil || q[0] != '"' { // not a rune literal or raw string either
		s.fail("want a quoted string at %q", s.s)
		return ""
	}
	v, err := strconv.Unquote(q)
	if err != nil {
		s.fail("bad quoted string %s", q)
		return ""
	}
	s.s = s.s[len(q):]
	return v
}

// int parses a decimal integer, optionally signed.
func (s *scanner) int() int64 {
	if s.err != nil {
		return 0
	}
	n := 0
	if n < len(s.s) && s.s[n] == '-' {
		n++
	}
	for n < len(s.s) && '0' <= s.s[n] && s.s[n] <= '9' {
		n++
	}
	v, err := strconv.ParseInt(s.s[:n], 10, 64)
	if err != nil {
		s.fail("want an integer at %q", s.s)
		return 0
	}
	s.s = s.s[n:]
	return v
}

// smallInt parses an int that must fit in an int (line, column).
func (s *scanner) smallInt() int {
	v := s.int()
	if int64(int32(v)) != v {
		s.fail("%d out of range", v)
		return 0
	}
	return int(v)
}

func (s *scanner) pos() Pos {
	var p Pos
	p.File = s.quoted()
	s.expect(":")
	p.Line = s.smallInt()
	s.expect(":")
	p.Col = s.smallInt()
	return p
}

func (s *scanner) count() Count {
	var c Count
	c.ID = s.int()
	s.expect(":")
	c.N = s.int()
	return c
}

// jit-summary keeps PyPy's layout: see JITSummary.lines.

func (e *JITSummary) appendTextBody(b []byte) []byte {
	for _, l := range e.lines() {
		b = append(b, l.label...)
		b = append(b, ':')
		switch {
		case l.count != nil && l.time != nil:
			b = append(b, "      \t"...)
			b = strconv.AppendInt(b, *l.count, 10)
			b = append(b, '\t')
			b = appendSeconds(b, *l.time)
		case l.time != nil:
			b = append(b, "      \t\t"...)
			b = appendSeconds(b, *l.time)
		default:
			b = append(b, strings.Repeat(" ", max(0, 16-len(l.label)))...)
			b = append(b, '\t')
			b = strconv.AppendInt(b, *l.count, 10)
		}
		b = append(b, '\n')
	}
	return b
}

func (e *JITSummary) parseTextBody(lines []string) error {
	byLabel := map[string]summaryLine{}
	for _, l := range e.lines() {
		byLabel[l.label] = l
	}
	for _, line := range lines {
		head, values, ok := strings.Cut(line, "\t")
		label, colon := strings.CutSuffix(strings.TrimRight(head, " "), ":")
		l, known := byLabel[label]
		if !ok || !colon || !known {
			return fmt.Errorf("%w: unknown jit-summary line %q", ErrMalformed, line)
		}
		delete(byLabel, label) // so a repeated line is unknown
		s := scanner{s: values}
		if l.count != nil {
			*l.count = s.int()
		}
		if l.time != nil {
			s.expect("\t")
			*l.time = s.seconds()
		}
		if s.err == nil && s.s != "" {
			s.fail("unexpected %q", s.s)
		}
		if s.err != nil {
			return fmt.Errorf("%w: jit-summary %q: %v", ErrMalformed, label, s.err)
		}
	}
	return nil
}

// appendSeconds writes d in seconds with nine decimals: PyPy's tools
// read it as a float, and Kiln's reader gets the nanoseconds back.
func appendSeconds(b []byte, d time.Duration) []byte {
	if d < 0 {
		b = append(b, '-')
		d = -d
	}
	b = strconv.AppendInt(b, int64(d/time.Second), 10)
	b = append(b, '.')
	frac := strconv.AppendInt(nil, int64(d%time.Second), 10)
	b = append(b, "000000000"[len(frac):]...)
	return append(b, frac...)
}

// seconds parses what appendSeconds writes, and PyPy's %f.
func (s *scanner) seconds() time.Duration {
	if s.err != nil {
		return 0
	}
	neg := strings.HasPrefix(s.s, "-")
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s.s, "-"), ".")
	if whole == "" || strings.HasPrefix(whole, "+") || len(frac) > 9 {
		s.fail("want seconds with at most 9 decimals at %q", s.s)
		return 0
	}
	sec, err1 := strconv.ParseUint(whole, 10, 63)
	ns, err2 := strconv.ParseUint((frac + "000000000")[:9], 10, 32)
	if err1 != nil || err2 != nil || sec > uint64(1<<63-1)/uint64(time.Second)-1 {
		s.fail("want seconds at %q", s.s)
		return 0
	}
	s.s = ""
	d := time.Duration(sec)*time.Second + time.Duration(ns)
	if neg {
		d = -d
	}
	return d
}

// jit-backend-counts keeps PyPy's "entry <loop>:<n>" and
// "bridge <guard>:<n>" lines.

func (e *JITCounts) appendTextBody(b []byte) []byte {
	for _, c := range e.Entries {
		b = appendCountLine(b, "entry ", c)
	}
	for _, c := range e.Bridges {
		b = appendCountLine(b, "bridge ", c)
	}
	return b
}

func appendCountLine(b []byte, prefix string, c Count) []byte {
	b = append(b, prefix...)
	b = strconv.AppendInt(b, c.ID, 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, c.N, 10)
	return append(b, '\n')
}

func (e *JITCounts) parseTextBody(lines []string) error {
	for _, line := range lines {
		var list *[]Count
		s := scanner{s: line}
		switch {
		case strings.HasPrefix(line, "entry "):
			list, s.s = &e.Entries, line[len("entry "):]
		case strings.HasPrefix(line, "bridge "):
			list, s.s = &e.Bridges, line[len("bridge "):]
		default:
			return fmt.Errorf("%w: unknown jit-backend-counts line %q", ErrMalformed, line)
		}
		c := s.count()
		if s.err == nil && s.s != "" {
			s.fail("unexpected %q", s.s)
		}
		if s.err != nil {
			return fmt.Errorf("%w: jit-backend-counts: %v", ErrMalformed, s.err)
		}
		*list = append(*list, c)
	}
	return nil
}

// jit-log-opt-loop and jit-log-opt-bridge keep PyPy's header line,
// "# Loop <id> (<name>) : loop with <n> ops" (no parentheses when the
// name is unknown) or "# bridge out of Guard 0x<id> with <n> ops",
// followed by the IR text. As in PyPy, n counts the operations: the
// lines of text but the input line "[...]" and the "--end of the loop--"
// marker, so that the reader can check that the IR is complete.

func (e *LoopIR) appendTextBody(b []byte) []byte {
	b = append(b, "# Loop "...)
	b = strconv.AppendInt(b, e.Loop, 10)
	if e.Name != "" {
		b = append(b, " ("...)
		b = append(b, e.Name...)
		b = append(b, ')')
	}
	b = append(b, " : "...)
	b = append(b, irKind(e.Text)...)
	return appendIR(b, e.Text)
}

// irKind is the kind PyPy's header gives a trace: "entry bridge" for a
// function's trace from its entry, which ends in finish instead of a
// jump, else "loop".
func irKind(text string) string {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasSuffix(lines[i], ": --end of the loop--") {
			continue
		}
		if _, op, ok := strings.Cut(lines[i], ": "); ok && strings.HasPrefix(op, "finish(") {
			return "entry bridge"
		}
		break
	}
	return "loop"
}

func (e *BridgeIR) appendTextBody(b []byte) []byte {
	b = append(b, "# bridge out of Guard 0x"...)
	b = strconv.AppendUint(b, uint64(e.Guard), 16)
	return appendIR(b, e.Text)
}

func appendIR(b []byte, text string) []byte {
	b = append(b, " with "...)
	b = strconv.AppendInt(b, int64(countIROps(strings.Split(text, "\n"))), 10)
	b = append(b, " ops\n"...)
	if text != "" {
		b = append(b, text...)
		b = append(b, '\n')
	}
	return b
}

// countIROps is the "with <n> ops" of the lines of an IR text.
func countIROps(lines []string) int {
	n := len(lines)
	if n == 1 && lines[0] == "" {
		return 0
	}
	if n > 0 && strings.HasPrefix(lines[0], "[") {
		n--
	}
	if n > 0 && strings.HasSuffix(lines[len(lines)-1], ": --end of the loop--") {
		n--
	}
	return n
}

func (e *LoopIR) parseTextBody(lines []string) error {
	if len(lines) == 0 {
		return nil // profiling mode: frame lines only
	}
	head := strings.Replace(lines[0], " : entry bridge with ", " : loop with ", 1)
	if rest, ok := strings.CutPrefix(head, "# Loop "); ok {
		id, afterID, _ := strings.Cut(rest, " ")
		if name, ok := strings.CutPrefix(afterID, "("); ok {
			if k := strings.LastIndex(name, ") : loop with "); k >= 0 {
				e.Name = name[:k]
				head = "# Loop " + id + name[k+1:]
			}
		}
	}
	return parseIR(append([]string{head}, lines[1:]...), "# Loop ", " : loop", 10, &e.Loop, &e.Text)
}

func (e *BridgeIR) parseTextBody(lines []string) error {
	return parseIR(lines, "# bridge out of Guard 0x", "", 16, &e.Guard, &e.Text)
}

func parseIR(lines []string, prefix, infix string, base int, id *int64, text *string) error {
	if len(lines) == 0 {
		return nil // profiling mode: frame lines only
	}
	rest, ok := strings.CutPrefix(lines[0], prefix)
	idText, rest, ok2 := strings.Cut(rest, infix+" with ")
	nText, ok3 := strings.CutSuffix(rest, " ops")
	var err1, err2 error
	var n int64
	*id, err1 = strconv.ParseInt(idText, base, 64)
	n, err2 = strconv.ParseInt(nText, 10, 64)
	if !ok || !ok2 || !ok3 || err1 != nil || err2 != nil {
		return fmt.Errorf("%w: bad IR header %q", ErrMalformed, lines[0])
	}
	body := lines[1:]
	if len(body) == 0 {
		body = []string{""}
	}
	if got := countIROps(body); n != int64(got) {
		return fmt.Errorf("%w: IR header says %d ops, section has %d", ErrMalformed, n, got)
	}
	*text = strings.Join(lines[1:], "\n")
	return nil
}
