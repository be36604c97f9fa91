package runtime

import (
	"bytes"
	goruntime "runtime"
	"strings"
	"weak"
)

// This file defines the in-memory streams of the io module: StringIO (text
// held as code points, so positions are code point offsets as in CPython)
// and BytesIO (bytes, whose getbuffer() view writes through), with
// CPython's newline handling, error messages and closed-stream checks.
//
// Both types derive from _IOBase (IOBaseType), whose Go methods expect an
// open() file; every method and slot _IOBase defines is therefore
// overridden here, so that none of the file code ever sees an in-memory
// stream.

// The in-memory stream types and their abstract bases, as CPython's MROs
// show them: StringIO → _TextIOBase → _IOBase, BytesIO → _BufferedIOBase →
// _IOBase.
var (
	TextIOBaseType     = NewBuiltinType("_TextIOBase", IOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)
	BufferedIOBaseType = NewBuiltinType("_BufferedIOBase", IOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)
	StringIOType       = NewBuiltinType("StringIO", TextIOBaseType, LayoutOther, FlagBaseType|FlagHasDict|FlagQualifiedName)
	BytesIOType        = NewBuiltinType("BytesIO", BufferedIOBaseType, LayoutOther, FlagBaseType|FlagHasDict|FlagQualifiedName)
)

// stringIO is a StringIO: the text as code points, the position, and the
// newline mode chosen at construction.
type stringIO struct {
	Object
	buf    []rune
	pos    int
	closed bool
	// universal: readline ends lines at \n, \r or \r\n; translate: writes
	// turn \r\n and \r into \n (newline=None); readnl: the line end when
	// not universal; writenl: what a written \n becomes ("" = itself).
	universal, translate bool
	readnl, writenl      string
	// seen records the newline kinds written, for .newlines (only kept in
	// universal mode, as CPython's decoder does).
	seen seenNewlines
}

// seenNewlines records the kinds of line end a universal-newlines reader
// met, for the newlines attribute of StringIO and TextIOWrapper.
type seenNewlines struct{ cr, lf, crlf bool }

// note records the line ends of text (a \r\n split across two calls
// counts as \r and \n, as CPython's decoder does only when it cannot
// look ahead; the callers pass whole line ends).
func (n *seenNewlines) note(text string) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				n.crlf = true
				i++
			} else {
				n.cr = true
			}
		case '\n':
			n.lf = true
		}
	}
}

// value is the newlines attribute: None, one kind, or a tuple of them in
// CPython's order.
func (n *seenNewlines) value() Value {
	var kinds []Value
	for _, k := range []struct {
		seen bool
		nl   string
	}{{n.cr, "\r"}, {n.lf, "\n"}, {n.crlf, "\r\n"}} {
		if k.seen {
			kinds = append(kinds, NewStr(k.nl))
		}
	}
	switch len(kinds) {
	case 0:
		return None
	case 1:
		return kinds[0]
	}
	return NewTuple(kinds)
}

// bytesIO is a BytesIO. The data lives in a bytearray object so that
// getbuffer() can return a memoryview over the same storage; views lists
// the views handed out, which forbid resizing while they are alive. They
// are weak references: a view dropped without release() must not keep the
// buffer exported (CPython frees it, and ends the export, at once).
type bytesIO struct {
	Object
	data   *Bytes
	pos    int
	closed bool
	views  []weak.Pointer[MemoryView]
}

func stringIOSelf(v Value) *stringIO { return as[stringIO](v) }
func bytesIOSelf(v Value) *bytesIO   { return as[bytesIO](v) }

// The closed-stream errors. CPython's StringIO and BytesIO end the message
// with a period or not depending on which C function does the check; the
// methods below pick the form CPython 3.12 prints for each.
func ioClosedError() error       { return Errorf(ValueError, "I/O operation on closed file") }
func ioClosedErrorPeriod() error { return Errorf(ValueError, "I/O operation on closed file.") }

func (s *stringIO) check() error {
	if s.closed {
		return ioClosedError()
	}
	return nil
}

// write writes text at the position, translating newlines as the mode
// says, and returns the number of code points of the original text.
func (s *stringIO) write(text string) int {
	n := len([]rune(text))
	if s.universal {
		s.seen.note(text)
	}
	if s.translate {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if s.writenl != "" {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	r := []rune(text)
	if len(r) == 0 {
		return n
	}
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(r)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], r...)
	} else {
		copy(s.buf[s.pos:], r)
	}
	s.pos = end
	return n
}

// readLine returns the next line (at most limit code points if limit >= 0).
func (s *stringIO) readLine(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	if s.universal {
		for i, c := range rest {
			if c == '\n' {
				end = i + 1
				break
			}
			if c == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
	} else {
		nl := []rune(s.readnl)
		for i := range rest {
			if i+len(nl) <= len(rest) && string(rest[i:i+len(nl)]) == s.readnl {
				end = i + len(nl)
				break
			}
		}
	}
	s.pos += end
	return string(rest[:end])
}

// ioSizeArg reads the optional size/hint argument of read-like methods:
// an int or None (-1).
func ioSizeArg(fname string, args []Value, kwnames []string) (int, error) {
	if err := CheckClinicArgs(fname, args, kwnames, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	if args[0].Type().Index == nil && !args[0].IsSmallInt() {
		return 0, Errorf(TypeError, "argument should be integer or None, not '%s'", TypeName(args[0]))
	}
	n, err := AsInt(nil, args[0])
	return int(n), err
}

// ioStateDict is the instance-dict item of a StringIO's or BytesIO's
// __getstate__: a copy of the dict, or None.
func ioStateDict(v Value) Value {
	if d := instanceDictOrNone(v); !d.IsNone() {
		return ValueOf(as[Dict](d).Copy())
	}
	return None
}

// ioStatePosition checks the position item of a __setstate__ state.
func ioStatePosition(v Value) (int, error) {
	if !v.IsSmallInt() {
		return 0, Errorf(TypeError, "third item of state must be an integer, got %s", TypeName(v))
	}
	if v.SmallInt() < 0 {
		return 0, Errorf(ValueError, "position value cannot be negative")
	}
	return int(v.SmallInt()), nil
}

// ioRestoreDict sets the attributes of a __setstate__ state's dict item,
// the state's item nth ("third", "fourth").
func ioRestoreDict(th *Thread, v, d Value, nth string) error {
	if d.IsNone() {
		return nil
	}
	if d.Type().Layout != LayoutDict {
		return Errorf(TypeError, "%s item of state should be a dict, got a %s", nth, TypeName(d))
	}
	keys, values := as[Dict](d).Items()
	for i, k := range keys {
		if k.Type().Layout != LayoutStr {
			return Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(k))
		}
		if err := SetAttr(th, v, StrValue(k), values[i]); err != nil {
			return err
		}
	}
	return nil
}

// ioSeekArgs reads seek's (pos, whence=0).
func ioSeekArgs(th *Thread, fname string, args []Value, kwnames []string) (int, int, error) {
	if err := CheckClinicArgs(fname, args, kwnames, 1, 2); err != nil {
		return 0, 0, err
	}
	pos, err := AsInt(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	whence := int64(0)
	if len(args) > 1 {
		if whence, err = AsInt(th, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return int(pos), int(whence), nil
}

// ioNewlineArg checks StringIO's newline argument.
func ioNewlineArg(v Value) (string, bool, error) {
	if !v.IsValid() {
		return "\n", false, nil
	}
	if v.IsNone() {
		return "", true, nil
	}
	if v.Type().Layout != LayoutStr {
		return "", false, Errorf(TypeError, "newline must be str or None, not %s", TypeName(v))
	}
	nl := StrValue(v)
	switch nl {
	case "", "\n", "\r", "\r\n":
		return nl, false, nil
	}
	return "", false, Errorf(ValueError, "illegal newline value: %s", strRepr(nl))
}

func stringIOInit(th *Thread, self Value, args []Value, kwnames []string) error {
	var initial, newline Value
	if err := ioKeywordCheck("StringIO", kwnames, "initial_value", "newline"); err != nil {
		return err
	}
	if err := UnpackArgs("StringIO", args, kwnames, "initial_value?", &initial, "newline?", &newline); err != nil {
		return err
	}
	nl, isNone, err := ioNewlineArg(newline)
	if err != nil {
		return err
	}
	if initial.IsValid() && !initial.IsNone() && initial.Type().Layout != LayoutStr {
		return Errorf(TypeError, "initial_value must be str or None, not %s", TypeName(initial))
	}
	s := stringIOSelf(self)
	*s = stringIO{Object: s.Object}
	s.universal = isNone || nl == ""
	s.translate = isNone
	s.readnl = nl
	if nl == "\r" || nl == "\r\n" {
		s.writenl = nl
	}
	if initial.IsValid() && !initial.IsNone() {
		s.write(StrValue(initial))
		s.pos = 0
	}
	return nil
}

func bytesIOInit(th *Thread, self Value, args []Value, kwnames []string) error {
	var initial Value
	if err := ioKeywordCheck("BytesIO", kwnames, "initial_bytes"); err != nil {
		return err
	}
	if err := UnpackArgs("BytesIO", args, kwnames, "initial_bytes?", &initial); err != nil {
		return err
	}
	b := bytesIOSelf(self)
	if err := b.checkExports(th); err != nil {
		return err
	}
	var data []byte
	if initial.IsValid() && !initial.IsNone() {
		src, ok := bytesLike(initial)
		if !ok {
			return Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(initial))
		}
		data = append([]byte(nil), src...)
	}
	b.data = &Bytes{Object: Object{typ: ByteArrayType}, b: data}
	b.pos = 0
	b.closed = false
	return nil
}

// ioKeywordCheck rejects unknown keyword arguments of a constructor with
// the message of CPython's argument clinic.
func ioKeywordCheck(fname string, kwnames []string, known ...string) error {
	for _, k := range kwnames {
		ok := false
		for _, n := range known {
			ok = ok || k == n
		}
		if !ok {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	return nil
}

// checkExports fails if a getbuffer() view is still alive: the storage
// must not move under it. A view that looks alive may be garbage that
// CPython's reference counting would already have freed, so before
// failing it clears the dead temporaries (as gc.collect() does: a
// register may still hold the view the program dropped), runs the Go
// collector and looks again: the BufferError comes only while a live
// view exists.
func (b *bytesIO) checkExports(th *Thread) error {
	if !b.pruneViews() {
		return nil
	}
	if th != nil {
		th.clearDeadTemporaries()
	}
	goruntime.GC()
	if !b.pruneViews() {
		return nil
	}
	return Errorf(BufferError, "Existing exports of data: object cannot be re-sized")
}

// pruneViews forgets the views that were released or collected, and
// reports whether any is left.
func (b *bytesIO) pruneViews() bool {
	live := b.views[:0]
	for _, w := range b.views {
		if v := w.Value(); v != nil && !v.released {
			live = append(live, w)
		}
	}
	clear(b.views[len(live):])
	b.views = live
	return len(live) > 0
}

func (b *bytesIO) check() error {
	if b.closed {
		return ioClosedErrorPeriod()
	}
	return nil
}

func (b *bytesIO) write(p []byte) {
	if len(p) == 0 {
		return
	}
	buf := b.data.b
	for len(buf) < b.pos {
		buf = append(buf, 0)
	}
	end := b.pos + len(p)
	if end > len(buf) {
		buf = append(buf[:b.pos], p...)
	} else {
		copy(buf[b.pos:], p)
	}
	b.data.b = buf
	b.pos = end
}

func (b *bytesIO) read(n int) []byte {
	buf := b.data.b
	if b.pos >= len(buf) {
		return nil
	}
	rest := buf[b.pos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	b.pos += len(rest)
	return append([]byte(nil), rest...)
}

func (b *bytesIO) readLine(limit int) []byte {
	buf := b.data.b
	if b.pos >= len(buf) {
		return nil
	}
	rest := buf[b.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	b.pos += len(rest)
	return append([]byte(nil), rest...)
}

// ioMethod adds a method that takes no arguments.
func ioMethod0(t *Type, name string, f func(th *Thread, self Value) (Value, error)) {
	t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+"."+name, args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return f(th, self)
	})
}

func init() {
	for _, t := range []*Type{TextIOBaseType, BufferedIOBaseType, StringIOType, BytesIOType} {
		t.Module = "_io"
	}
}

// memoryStreamsSetup fills in StringIO and BytesIO at the io module's
// first import (ioAddMemoryStreams), the only way to them: their methods
// are code and plans that a program which never imports io should not
// make (docs/performance.md, "Start-up time").
var memoryStreamsSetup = DeferTypeSetup(setupMemoryStreams, StringIOType, BytesIOType)

func setupMemoryStreams() {
	for _, t := range []*Type{StringIOType, BytesIOType} {
		t.Repr = defaultRepr
	}
	StringIOType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		s := &stringIO{Object: containerInstanceHeader(t), universal: false, readnl: "\n"}
		return ValueOf(s), nil
	}
	StringIOType.Init = stringIOInit
	BytesIOType.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		b := &bytesIO{Object: containerInstanceHeader(t), data: &Bytes{Object: Object{typ: ByteArrayType}}}
		return ValueOf(b), nil
	}
	BytesIOType.Init = bytesIOInit
	initStringIO()
	initBytesIO()
}

func initStringIO() {
	t := StringIOType
	self := stringIOSelf
	t.Iter = func(th *Thread, v Value) (Value, error) {
		if self(v).closed {
			return Value{}, ioClosedErrorPeriod()
		}
		return v, nil
	}
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, false, err
		}
		line := s.readLine(-1)
		return NewStr(line), line != "", nil
	}
	ioIterMethods(t)
	t.AddMethod("__enter__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if self(v).closed {
			return Value{}, ioClosedErrorPeriod()
		}
		return v, nil
	})
	t.AddMethod("__exit__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		return CallMethod(th, v, "close")
	})
	ioMethod0(t, "close", func(th *Thread, v Value) (Value, error) {
		s := self(v)
		s.closed = true
		s.buf = nil
		return None, nil
	})
	ioMethod0(t, "flush", func(th *Thread, v Value) (Value, error) { return None, nil })
	t.AddMethod("read", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		n, err := ioSizeArg("StringIO.read", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		if s.pos >= len(s.buf) {
			return NewStr(""), nil
		}
		rest := s.buf[s.pos:]
		if n >= 0 && n < len(rest) {
			rest = rest[:n]
		}
		s.pos += len(rest)
		return NewStr(string(rest)), nil
	})
	t.AddMethod("readline", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		n, err := ioSizeArg("StringIO.readline", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return NewStr(s.readLine(n)), nil
	})
	t.AddMethod("readlines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		hint, err := ioSizeArg("StringIO.readlines", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := self(v)
		if s.closed {
			return Value{}, ioClosedErrorPeriod()
		}
		var lines []Value
		total := 0
		for {
			line := s.readLine(-1)
			if line == "" {
				break
			}
			lines = append(lines, NewStr(line))
			total += len([]rune(line))
			// StringIO inherits IOBase.readlines, which stops once the
			// lines exceed the hint (BytesIO's own stops on reaching it).
			if hint > 0 && total > hint {
				break
			}
		}
		return NewList(lines), nil
	})
	t.AddMethod("write", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("StringIO.write", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		if args[0].Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "string argument expected, got '%s'", TypeName(args[0]))
		}
		return Int(int64(s.write(StrValue(args[0])))), nil
	})
	t.AddMethod("writelines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("StringIO.writelines", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if self(v).closed {
			return Value{}, ioClosedErrorPeriod()
		}
		return None, ForEach(th, args[0], func(line Value) error {
			_, err := CallMethod(th, v, "write", line)
			return err
		})
	})
	ioMethod0(t, "getvalue", func(th *Thread, v Value) (Value, error) {
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return NewStr(string(s.buf)), nil
	})
	// __getstate__ and __setstate__ are CPython's, so copy and pickle
	// work: (value, newline, position, instance dict or None).
	ioMethod0(t, "__getstate__", func(th *Thread, v Value) (Value, error) {
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		newline := None
		if !s.translate {
			newline = NewStr(s.readnl)
		}
		return NewTuple([]Value{NewStr(string(s.buf)), newline, Int(int64(s.pos)), ioStateDict(v)}), nil
	})
	t.AddMethod("__setstate__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("StringIO.__setstate__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		state := args[0]
		if state.Type().Layout != LayoutTuple || len(TupleItems(state)) < 4 {
			return Value{}, Errorf(TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", v.Type().TPName(), TypeName(state))
		}
		items := TupleItems(state)
		if err := stringIOInit(th, v, items[:2], nil); err != nil {
			return Value{}, err
		}
		// The value was translated when it was written: restore it as
		// it is, not through __init__ again.
		s := self(v)
		if !items[0].IsNone() {
			s.buf = []rune(StrValue(items[0]))
		}
		pos, err := ioStatePosition(items[2])
		if err != nil {
			return Value{}, err
		}
		s.pos = pos
		return None, ioRestoreDict(th, v, items[3], "fourth")
	})
	ioMethod0(t, "tell", func(th *Thread, v Value) (Value, error) {
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return Int(int64(s.pos)), nil
	})
	t.AddMethod("seek", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		pos, whence, err := ioSeekArgs(th, "StringIO.seek", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		switch {
		case whence < 0 || whence > 2:
			return Value{}, Errorf(ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case whence == 0 && pos < 0:
			return Value{}, Errorf(ValueError, "Negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return Value{}, Errorf(OSError, "Can't do nonzero cur-relative seeks")
		case whence == 2:
			pos = len(s.buf)
		case whence == 1:
			pos = s.pos
		}
		s.pos = pos
		return Int(int64(pos)), nil
	})
	t.AddMethod("truncate", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckClinicArgs("StringIO.truncate", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		size := s.pos
		if len(args) == 1 && !args[0].IsNone() {
			n, err := AsInt(th, args[0])
			if err != nil {
				return Value{}, err
			}
			if n < 0 {
				return Value{}, Errorf(ValueError, "Negative size value %d", n)
			}
			size = int(n)
		}
		if size < len(s.buf) {
			s.buf = s.buf[:size]
		}
		return Int(int64(size)), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		ioMethod0(t, name, func(th *Thread, v Value) (Value, error) {
			if err := self(v).check(); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	ioMethod0(t, "isatty", func(th *Thread, v Value) (Value, error) {
		if self(v).closed {
			return Value{}, ioClosedErrorPeriod()
		}
		return False, nil
	})
	ioUnsupportedMethods(t)
	t.AddGetSet("closed", func(th *Thread, v Value) (Value, error) { return Bool(self(v).closed), nil }, nil)
	t.AddGetSet("line_buffering", func(th *Thread, v Value) (Value, error) {
		if err := self(v).check(); err != nil {
			return Value{}, err
		}
		return False, nil
	}, nil)
	t.AddGetSet("newlines", func(th *Thread, v Value) (Value, error) {
		s := self(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		if !s.universal {
			return None, nil
		}
		return s.seen.value(), nil
	}, nil)
	t.AddGetSet("encoding", func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
	t.AddGetSet("errors", func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
	ioNoAttribute(t, "name")
}

// ioUnsupportedMethods adds fileno and detach, which in-memory streams
// refuse.
func ioUnsupportedMethods(t *Type) {
	for _, name := range []string{"fileno", "detach"} {
		t.AddMethod(name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			return Value{}, NewException(UnsupportedOperation, NewStr(name))
		})
	}
}

// ioNoAttribute hides an attribute _IOBase gives open() files (name) from
// an in-memory stream type, which has none.
func ioNoAttribute(t *Type, name string) {
	t.AddGetSet(name, func(th *Thread, v Value) (Value, error) {
		if d := v.header().dict; d != nil {
			if x, ok := d.GetStr(name); ok {
				return x, nil
			}
		}
		return Value{}, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(v), name)
	}, func(th *Thread, v, x Value) error {
		o := v.header()
		if o.dict == nil {
			o.dict = NewDict()
		}
		if !x.IsValid() {
			o.dict.DeleteStr(name)
			return nil
		}
		o.dict.SetStr(name, x)
		return nil
	})
}

func initBytesIO() {
	t := BytesIOType
	self := bytesIOSelf
	t.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, false, err
		}
		line := b.readLine(-1)
		return NewBytes(line), len(line) > 0, nil
	}
	ioIterMethods(t) // BytesIO.__iter__ does not check closed: t.Iter returns v
	t.AddMethod("__enter__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := self(v).check(); err != nil {
			return Value{}, err
		}
		return v, nil
	})
	t.AddMethod("__exit__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		return CallMethod(th, v, "close")
	})
	ioMethod0(t, "close", func(th *Thread, v Value) (Value, error) {
		b := self(v)
		if err := b.checkExports(th); err != nil {
			return Value{}, err
		}
		b.closed = true
		b.data = &Bytes{Object: Object{typ: ByteArrayType}}
		return None, nil
	})
	ioMethod0(t, "flush", func(th *Thread, v Value) (Value, error) { return None, self(v).check() })
	read := func(name string) NativeMethod {
		return func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			n, err := ioSizeArg(name, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			b := self(v)
			if err := b.check(); err != nil {
				return Value{}, err
			}
			return NewBytes(b.read(n)), nil
		}
	}
	t.AddMethod("read", read("BytesIO.read"))
	t.AddMethod("read1", read("BytesIO.read1"))
	t.AddMethod("readline", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		n, err := ioSizeArg("BytesIO.readline", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return NewBytes(b.readLine(n)), nil
	})
	t.AddMethod("readlines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		hint, err := ioSizeArg("BytesIO.readlines", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		var lines []Value
		total := 0
		for {
			line := b.readLine(-1)
			if len(line) == 0 {
				break
			}
			lines = append(lines, NewBytes(line))
			total += len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return NewList(lines), nil
	})
	t.AddMethod("readinto", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("BytesIO.readinto", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		dst, ok := bytesLike(args[0])
		if !ok || args[0].Type().Layout == LayoutBytes || isMemoryView(args[0]) && asMemoryView(args[0]).readonly {
			return Value{}, Errorf(TypeError, "readinto() argument must be read-write bytes-like object, not %s", TypeName(args[0]))
		}
		data := b.read(len(dst))
		if isMemoryView(args[0]) && !asMemoryView(args[0]).contiguous(false) {
			asMemoryView(args[0]).putBytes(data)
		} else {
			copy(dst, data)
		}
		return Int(int64(len(data))), nil
	})
	t.AddMethod("write", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("BytesIO.write", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		if err := b.checkExports(th); err != nil {
			return Value{}, err
		}
		p, ok := bytesLike(args[0])
		if !ok {
			return Value{}, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(args[0]))
		}
		n := len(p)
		b.write(append([]byte(nil), p...))
		return Int(int64(n)), nil
	})
	t.AddMethod("writelines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("BytesIO.writelines", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if err := self(v).check(); err != nil {
			return Value{}, err
		}
		return None, ForEach(th, args[0], func(line Value) error {
			_, err := CallMethod(th, v, "write", line)
			return err
		})
	})
	ioMethod0(t, "getvalue", func(th *Thread, v Value) (Value, error) {
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return NewBytes(append([]byte(nil), b.data.b...)), nil
	})
	// __getstate__ and __setstate__ are CPython's: (value, position,
	// instance dict or None).
	ioMethod0(t, "__getstate__", func(th *Thread, v Value) (Value, error) {
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{NewBytes(append([]byte(nil), b.data.b...)), Int(int64(b.pos)), ioStateDict(v)}), nil
	})
	t.AddMethod("__setstate__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("BytesIO.__setstate__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		state := args[0]
		if state.Type().Layout != LayoutTuple || len(TupleItems(state)) < 3 {
			return Value{}, Errorf(TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", v.Type().TPName(), TypeName(state))
		}
		items := TupleItems(state)
		if err := bytesIOInit(th, v, items[:1], nil); err != nil {
			return Value{}, err
		}
		pos, err := ioStatePosition(items[1])
		if err != nil {
			return Value{}, err
		}
		self(v).pos = pos
		return None, ioRestoreDict(th, v, items[2], "third")
	})
	ioMethod0(t, "getbuffer", func(th *Thread, v Value) (Value, error) {
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		m := newByteView(v, b.data, false)
		b.views = append(b.views, weak.Make(m))
		return ValueOf(m), nil
	})
	ioMethod0(t, "tell", func(th *Thread, v Value) (Value, error) {
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return Int(int64(b.pos)), nil
	})
	t.AddMethod("seek", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		pos, whence, err := ioSeekArgs(th, "BytesIO.seek", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Value{}, Errorf(ValueError, "negative seek value %d", pos)
			}
		case 1:
			pos += b.pos
		case 2:
			pos += len(b.data.b)
		default:
			return Value{}, Errorf(ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		b.pos = max(pos, 0)
		return Int(int64(b.pos)), nil
	})
	t.AddMethod("truncate", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckClinicArgs("BytesIO.truncate", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		b := self(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		if err := b.checkExports(th); err != nil {
			return Value{}, err
		}
		size := b.pos
		if len(args) == 1 && !args[0].IsNone() {
			n, err := AsInt(th, args[0])
			if err != nil {
				return Value{}, err
			}
			if n < 0 {
				return Value{}, Errorf(ValueError, "negative size value %d", n)
			}
			size = int(n)
		}
		if size < len(b.data.b) {
			b.data.b = b.data.b[:size]
		}
		return Int(int64(size)), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		ioMethod0(t, name, func(th *Thread, v Value) (Value, error) {
			if err := self(v).check(); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	ioMethod0(t, "isatty", func(th *Thread, v Value) (Value, error) {
		if err := self(v).check(); err != nil {
			return Value{}, err
		}
		return False, nil
	})
	ioUnsupportedMethods(t)
	t.AddGetSet("closed", func(th *Thread, v Value) (Value, error) { return Bool(self(v).closed), nil }, nil)
	ioNoAttribute(t, "name")
}

// ioAddMemoryStreams puts StringIO, BytesIO and their bases in the io
// module.
func ioAddMemoryStreams(m *Module) {
	memoryStreamsSetup.Ensure()
	m.Set("StringIO", ValueOf(StringIOType))
	m.Set("BytesIO", ValueOf(BytesIOType))
	m.Set("TextIOBase", ValueOf(TextIOBaseType))
	m.Set("BufferedIOBase", ValueOf(BufferedIOBaseType))
}
