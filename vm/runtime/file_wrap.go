package runtime

import (
	"io"
	"strings"
)

// This file makes io.TextIOWrapper(buffer, ...), io.BufferedReader(raw)
// and io.BufferedWriter(raw) over any Python object with the stream
// methods (BytesIO, an open() file, a user class). Such a wrapper is a
// fileStream like open()'s, whose core reads, writes and seeks by calling
// the object's methods (pyStream) instead of an OS file, so the decoding,
// newline and buffering code of file.go serves both. A wrapper is not a
// file resource (the object it wraps owns whatever resource there is, and
// -X track-resources does not report it), but its buffer holds written
// data: it is in the registry of open files and has a collection token,
// so that a wrapper the program drops is flushed and closed, closing its
// object, as CPython's wrappers close when they die, and one still open
// at exit is closed before the files are (file_lifetime.go).

// pyStream is the raw side of a wrapper: the wrapped object and the
// thread that made the wrapper, on which its methods are called.
type pyStream struct {
	th   *Thread
	obj  Value
	read string // the method reads call: "read", or "read1" for a text wrapper over a buffer that has it
	// typ, kind and encoding describe the wrapper, for the report of an
	// error in the close that collection or exit makes (wrapperRepr).
	typ      *Type
	kind     fileKind
	encoding string
}

// closedBelow reports whether the wrapped object says it is closed; an
// object without a closed attribute counts as open, so its data is
// written.
func (p *pyStream) closedBelow() (bool, error) {
	v, ok, err := GetAttrOK(p.th, p.obj, "closed")
	if err != nil || !ok {
		return false, err
	}
	return Truth(p.th, v)
}

// Read calls obj.read(len(b)) (or read1); an empty result is the end of the stream
// and None (a non-blocking stream with no data) reads nothing.
func (p *pyStream) Read(b []byte) (int, error) {
	v, err := CallMethod(p.th, p.obj, p.read, Int(int64(len(b))))
	if err != nil {
		return 0, err
	}
	if v.IsNone() {
		return 0, nil
	}
	data, ok := bytesLike(v)
	if !ok {
		return 0, Errorf(TypeError, "underlying read() should have returned a bytes object, not '%s'", TypeName(v))
	}
	if len(data) > len(b) {
		return 0, Errorf(OSError, "read() returned too much data: %d bytes requested, %d returned", len(b), len(data))
	}
	if len(data) == 0 {
		return 0, io.EOF
	}
	return copy(b, data), nil
}

// Write calls obj.write until b is written (a raw stream may take part).
func (p *pyStream) Write(b []byte) (int, error) {
	done := 0
	for done < len(b) {
		v, err := CallMethod(p.th, p.obj, "write", NewBytes(append([]byte(nil), b[done:]...)))
		if err != nil {
			return done, err
		}
		if v.IsNone() {
			return done, Errorf(BlockingIOError, "write could not complete without blocking")
		}
		n, err := AsInt(p.th, v)
		if err != nil {
			return done, err
		}
		if n < 0 || n > int64(len(b)-done) {
			return done, Errorf(OSError, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(b)-done)
		}
		done += int(n)
	}
	return done, nil
}

// Seek calls obj.seek(off, whence).
func (p *pyStream) Seek(off int64, whence int) (int64, error) {
	v, err := CallMethod(p.th, p.obj, "seek", Int(off), Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	return AsInt(p.th, v)
}

// ask returns the truth of obj.name().
func (p *pyStream) ask(name string) (bool, error) {
	v, err := CallMethod(p.th, p.obj, name)
	if err != nil {
		return false, err
	}
	return Truth(p.th, v)
}

// newWrapperStream builds the stream of a wrapper over obj, asking obj
// what it can do as CPython's constructors do.
func newWrapperStream(th *Thread, obj Value) (*fileStream, error) {
	p := &pyStream{th: th, obj: obj, read: "read"}
	s := &fileStream{core: &fileCore{interp: th.Interp, py: p, r: p, w: p, fd: -1}, name: None}
	var err error
	if s.readable, err = p.ask("readable"); err != nil {
		return nil, err
	}
	if s.writable, err = p.ask("writable"); err != nil {
		return nil, err
	}
	if s.seekable, err = p.ask("seekable"); err != nil {
		return nil, err
	}
	return s, nil
}

// newTextIOWrapper is io.TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False).
func newTextIOWrapper(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var buffer, encodingV, errorsV, newlineV, lineBufferingV, writeThroughV Value
	if err := ioKeywordCheck("TextIOWrapper", kwnames, "buffer", "encoding", "errors", "newline", "line_buffering", "write_through"); err != nil {
		return Value{}, err
	}
	if err := UnpackArgs("TextIOWrapper", args, kwnames, "buffer", &buffer, "encoding?", &encodingV, "errors?", &errorsV,
		"newline?", &newlineV, "line_buffering?", &lineBufferingV, "write_through?", &writeThroughV); err != nil {
		return Value{}, err
	}
	ta, err := parseTextArgs("TextIOWrapper", encodingV, errorsV, newlineV)
	if err != nil {
		return Value{}, err
	}
	s, err := newWrapperStream(th, buffer)
	if err != nil {
		return Value{}, err
	}
	if lineBufferingV.IsValid() {
		if s.lineBuffering, err = Truth(th, lineBufferingV); err != nil {
			return Value{}, err
		}
	}
	if writeThroughV.IsValid() {
		if s.writeThrough, err = Truth(th, writeThroughV); err != nil {
			return Value{}, err
		}
	}
	if _, err := GetAttr(th, buffer, "read1"); err == nil {
		s.core.py.read = "read1" // as CPython's TextIOWrapper reads
	}
	f := s.view(fileText)
	f.Object = containerInstanceHeader(t) // a subclass's instance is its own type
	ta.apply(s, f)
	s.core.py.typ, s.core.py.kind, s.core.py.encoding = f.typ, fileText, f.encoding
	registerOpenFile(th.Interp, s)
	return ValueOf(f), nil
}

// newBufferedWrapper is io.BufferedReader(raw, buffer_size=8192) and
// io.BufferedWriter(raw, buffer_size=8192).
func newBufferedWrapper(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var raw, bufferSizeV Value
	if err := ioKeywordCheck(t.Name, kwnames, "raw", "buffer_size"); err != nil {
		return Value{}, err
	}
	if err := UnpackArgs(t.Name, args, kwnames, "raw", &raw, "buffer_size?", &bufferSizeV); err != nil {
		return Value{}, err
	}
	bufferSize := int64(fileBufferSize)
	if bufferSizeV.IsValid() {
		var err error
		if bufferSize, err = AsInt(th, bufferSizeV); err != nil {
			return Value{}, err
		}
	}
	p := &pyStream{th: th, obj: raw, read: "read"}
	reader := t.IsSubtype(BufferedReaderType)
	capability, missing := "writable", "File or stream is not writable."
	if reader {
		capability, missing = "readable", "File or stream is not readable."
	}
	if ok, err := p.ask(capability); err != nil {
		return Value{}, err
	} else if !ok {
		return Value{}, NewException(UnsupportedOperation, NewStr(missing))
	}
	if bufferSize <= 0 {
		return Value{}, Errorf(ValueError, "buffer size must be strictly positive")
	}
	s, err := newWrapperStream(th, raw)
	if err != nil {
		return Value{}, err
	}
	// The buffered type is the one asked for, whatever else raw can do.
	s.readable, s.writable = reader, !reader
	if reader {
		s.blockSize, s.pyReader = bufferSize, true
		if _, err := s.pyRawTell(); err != nil {
			s.pyAbsPos = -1 // CPython asks and ignores the error
		}
	} else {
		s.writeLimit = int(bufferSize)
	}
	f := s.view(fileBuffered)
	f.Object = containerInstanceHeader(t)
	s.core.py.typ, s.core.py.kind = f.typ, fileBuffered
	registerOpenFile(th.Interp, s)
	return ValueOf(f), nil
}

// flushBelow passes a flush on to a wrapper's object, as CPython's
// wrappers do after writing their own buffer out. The object must not
// write through this wrapper from its flush (c.mu may be held).
func (c *fileCore) flushBelow() error {
	if c.py == nil {
		return nil
	}
	_, err := CallMethod(c.py.th, c.py.obj, "flush")
	return err
}

// release lets a detached wrapper's object go: neither a collection nor
// exit will flush or close it through the wrapper any more.
func (c *fileCore) release() {
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	c.forget()
}

// closeReporting closes a wrapper for a collection or for exit, reporting
// an error as CPython reports one in the close of a dying wrapper:
// "Exception ignored in: <_io.TextIOWrapper ...>" and the traceback.
func (c *fileCore) closeReporting() {
	err := c.close()
	if err == nil {
		return
	}
	p := c.py
	f := &File{Object: Object{typ: p.typ}, s: &fileStream{core: c}, kind: p.kind, encoding: p.encoding}
	writeUnraisable(p.th, oserrorFromGo(err, ""), "Exception ignored in", ValueOf(f))
}

// wrapped returns the object a wrapper's raw side calls, or false for a
// file from open().
func (f *File) wrapped() (Value, bool) {
	if p := f.s.core.py; p != nil {
		return p.obj, true
	}
	return Value{}, false
}

// detachedError is the error of an operation on a detached wrapper.
func (f *File) detachedError() error {
	if f.kind == fileText {
		return Errorf(ValueError, "underlying buffer has been detached")
	}
	return Errorf(ValueError, "raw stream has been detached")
}

// fileDetach is detach(): flush, and hand over the layer below, after
// which the wrapper refuses every operation.
func fileDetach(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := fileNoArgs("detach", self, args, kwnames); err != nil {
		return Value{}, err
	}
	f := fileSelf(self)
	if f.detached {
		return Value{}, f.detachedError()
	}
	if f.kind == fileRaw {
		return Value{}, NewException(UnsupportedOperation, NewStr("detach"))
	}
	if f.s.core.closed && f.kind == fileBuffered && f.s.writable {
		return Value{}, f.closedError("flush") // CPython's detach flushes first
	}
	if f.s.core.closed {
		return Value{}, f.closedError("detach")
	}
	if err := f.s.core.flush(); err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	var below Value
	if obj, ok := f.wrapped(); ok {
		below = obj
		f.s.core.release()
	} else if f.kind == fileText {
		below = ValueOf(f.s.view(fileBuffered))
	} else {
		below = ValueOf(f.s.view(fileRaw))
	}
	f.detached = true
	return below, nil
}

// fileBelow is TextIOWrapper.buffer and Buffered*.raw: the wrapped object,
// or for open()'s files the view of the layer below.
func fileBelow(f *File, kind fileKind) (Value, error) {
	if f.detached {
		return None, nil // CPython's slot is emptied
	}
	if obj, ok := f.wrapped(); ok {
		return obj, nil
	}
	return ValueOf(f.s.view(kind)), nil
}

// wrapperRepr is CPython's repr of a wrapper: the name appears when the
// wrapped object has one.
func wrapperRepr(th *Thread, f *File) (Value, error) {
	// CPython writes a text wrapper's type as _io.TextIOWrapper whatever
	// its class, a buffered one's by its tp_name.
	var sb strings.Builder
	if f.kind == fileText {
		sb.WriteString("<_io.TextIOWrapper")
	} else {
		sb.WriteString("<" + f.typ.TPName())
	}
	if !f.detached {
		// The name is the wrapped object's; a wrapper has no mode unless
		// the program set one.
		if v, err := GetAttr(th, f.s.core.py.obj, "name"); err == nil {
			r, err := Repr(th, v)
			if err != nil {
				return Value{}, err
			}
			sb.WriteString(" name=" + r)
		} else if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(AttributeError) {
			return Value{}, err
		}
	}
	if f.kind == fileText {
		if f.mode != "" {
			sb.WriteString(" mode=" + strRepr(f.mode))
		}
		sb.WriteString(" encoding=" + strRepr(f.encoding))
	}
	sb.WriteString(">")
	return NewStr(sb.String()), nil
}

func init() {
	TextIOWrapperType.New = newTextIOWrapper
	BufferedReaderType.New = newBufferedWrapper
	BufferedWriterType.New = newBufferedWrapper
	FileIOType.New = newFileIO
}

// newFileIO is io.FileIO(file, mode='r', closefd=True, opener=None): the
// raw layer of open(file, mode + 'b', buffering=0), after CPython's checks
// of the mode, which FileIO words its own way.
func newFileIO(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var file, modeV, closefdV, openerV Value
	if err := UnpackArgs("FileIO", args, kwnames, "file", &file, "mode?", &modeV, "closefd?", &closefdV, "opener?", &openerV); err != nil {
		return Value{}, err
	}
	mode := "r"
	if modeV.IsValid() {
		if modeV.Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "FileIO() argument 'mode' must be str, not %s", TypeName(modeV))
		}
		mode = StrValue(modeV)
	}
	kinds, plus := 0, 0
	for _, c := range mode {
		switch c {
		case 'r', 'w', 'x', 'a':
			kinds++
		case '+':
			plus++
		case 'b':
		default:
			return Value{}, Errorf(ValueError, "invalid mode: %s", mode)
		}
	}
	if kinds != 1 || plus > 1 {
		return Value{}, Errorf(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	openArgs := []Value{file, NewStr(strings.ReplaceAll(mode, "b", "") + "b"), Int(0)}
	var openKw []string
	if closefdV.IsValid() {
		openArgs, openKw = append(openArgs, closefdV), append(openKw, "closefd")
	}
	if openerV.IsValid() {
		openArgs, openKw = append(openArgs, openerV), append(openKw, "opener")
	}
	return Open(th, openArgs, openKw)
}
