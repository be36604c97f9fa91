package runtime

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
	"unsafe"
)

// This file defines open() and the file objects of the io module:
// TextIOWrapper (text mode), BufferedReader, BufferedWriter and
// BufferedRandom (binary mode) and FileIO (unbuffered binary), and the
// standard streams sys.stdin, sys.stdout and sys.stderr.
//
// The layers are flattened: a fileCore holds the OS file and the pending
// writes, a fileStream (shared by a text file and its .buffer) holds the
// read buffer and the mode, and File objects are views of a stream. Text
// is UTF-8; reading translates \r\n and \r to \n unless newline says
// otherwise.
//
// Written data is never lost: a file's pending writes are flushed when it
// is closed, when it becomes unreachable (the collection token of its
// stream, file_lifetime.go), and at exit, when Shutdown closes every file
// still open.

// fileBufferSize is the size of the read buffer and the threshold at which
// pending writes are flushed (io.DEFAULT_BUFFER_SIZE).
const fileBufferSize = 8192

// File types of the io module. _IOBase holds the methods; the concrete
// types differ in their reprs and in which methods make sense.
var (
	IOBaseType         = NewBuiltinType("_IOBase", ObjectType, LayoutOther, FlagBaseType|FlagQualifiedName)
	TextIOWrapperType  = NewBuiltinType("TextIOWrapper", TextIOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)
	BufferedReaderType = NewBuiltinType("BufferedReader", BufferedIOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)
	BufferedWriterType = NewBuiltinType("BufferedWriter", BufferedIOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)
	BufferedRandomType = NewBuiltinType("BufferedRandom", BufferedIOBaseType, LayoutOther, FlagQualifiedName)
	FileIOType         = NewBuiltinType("FileIO", RawIOBaseType, LayoutOther, FlagQualifiedName)

	// UnsupportedOperation is io.UnsupportedOperation(OSError, ValueError).
	UnsupportedOperation = NewBuiltinType("UnsupportedOperation", OSError, LayoutException, FlagBaseType|FlagHasDict)
)

// fileCore is the OS side of a file: where bytes go and come from, and the
// writes not yet passed on. It never refers to the Python objects, so a
// cleanup can flush it once they are gone.
type fileCore struct {
	mu      sync.Mutex
	interp  *Interpreter
	f       *os.File  // nil for a standard stream over a plain io.Writer/Reader, or a wrapper
	py      *pyStream // a wrapper's Python object (file_wrap.go), or nil
	r       io.Reader // reads come from here (f, or Options.Stdin)
	w       io.Writer // flushed writes go here (f, or Options.Stdout/Stderr)
	fd      int
	wbuf    []byte
	closed  bool
	closefd bool
	res     *Resource // the lifetime record (file_lifetime.go), or nil
	seq     int64     // registration order in the open-files registry (file_lifetime.go)
}

// flushLocked writes the pending bytes out. c.mu is held.
func (c *fileCore) flushLocked() error {
	for len(c.wbuf) > 0 {
		n, err := c.w.Write(c.wbuf)
		c.wbuf = c.wbuf[n:]
		if err != nil {
			c.wbuf = c.wbuf[:0]
			return err
		}
	}
	c.wbuf = c.wbuf[:0]
	return nil
}

// seeker is where seeks go: the OS file or a wrapper's object; nil for a
// standard stream over a plain io.Writer/Reader.
func (c *fileCore) seeker() io.Seeker {
	switch {
	case c.f != nil:
		return c.f
	case c.py != nil:
		return c.py
	}
	return nil
}

// flush writes the pending bytes out.
func (c *fileCore) flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.flushLocked()
}

// close flushes and closes the core and forgets it in the registry. A
// wrapper whose object is already closed closes without writing, as
// CPython's close() of a wrapper over a closed stream does nothing.
func (c *fileCore) close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	var err error
	if c.py != nil {
		var gone bool
		if gone, err = c.py.closedBelow(); err != nil {
			c.mu.Unlock()
			return err
		}
		if gone {
			c.closed = true
			c.mu.Unlock()
			c.forget()
			return nil
		}
	}
	err = c.flushLocked()
	c.closed = true
	if c.f != nil && c.closefd {
		if cerr := c.f.Close(); err == nil {
			err = cerr
		}
	}
	if c.py != nil {
		if _, cerr := CallMethod(c.py.th, c.py.obj, "close"); err == nil {
			err = cerr
		}
	}
	c.mu.Unlock()
	c.forget()
	return err
}

// forget removes a closed core from the registry of open files.
func (c *fileCore) forget() {
	if c.interp != nil {
		st := &c.interp.mods
		st.filesMu.Lock()
		delete(st.openFiles, c)
		st.filesMu.Unlock()
	}
}

// fileStream is the buffered layer shared by a text file and its binary
// buffer: the read buffer, the mode and the views.
type fileStream struct {
	core     *fileCore
	name     Value
	rawMode  string // FileIO's mode: 'rb', 'wb', 'ab', 'xb', with '+'
	readable bool
	writable bool
	seekable bool
	rbuf     []byte
	rpos     int
	eof      bool
	decoder  *fileDecoder // a text file's decoder for the codecs of file_textcodec.go, or nil

	// peek is the window CPython's buffer of blockSize bytes would hold
	// (file_peek.go).
	peek      filePeekWindow
	blockSize int64
	// pyReader says s is a BufferedReader over a Python raw stream, whose
	// reads follow CPython's own (file_pyread.go) with rbuf as its buffer.
	pyReader  bool
	pyAbsPos  int64  // the raw stream's position as CPython caches it (abs_pos), or -1
	pyScratch []byte // where read1 requests larger than the buffer are read

	// textRead says a text read happened since the last seek or write
	// (CPython's TextIOWrapper then has a decoder snapshot to tell from);
	// seekCookie is the cookie of the last seek until then; prevByte is
	// the last byte consumed once the read buffer dropped it
	// (file_cookie.go).
	textRead   bool
	textAtEOF  bool // the last text read reached the end of the file
	seekCookie Value
	prevByte   byte
	// chunkBase is where CPython's text reads started reading chunks,
	// with the decoder flags chunkFlags there, if chunksKnown
	// (file_cookie_search.go).
	chunkBase   int64
	chunkFlags  uint32
	chunksKnown bool
	// chunkFeedEnd ends the first chunk, the bytes a seek(cookie) fed,
	// and chunkWinEnd the next one, what CPython's buffer still held
	// (0 when none); chunksBySeek says a seek set the chunks.
	chunkFeedEnd, chunkWinEnd int64
	chunksBySeek              bool
	chunkGen                  uint64      // counts the changes of the chunks above
	cookieWalk                *cookieWalk // where the last search started
	// win is the window of CPython's BufferedReader under the text
	// layer, which only a seek(cookie) that feeds bytes fills.
	winStart, winEnd, winPos int64
	winValid                 bool
	feedLeft                 int64 // characters decoded from the fed bytes not read yet

	lineBuffering bool
	writeThrough  bool
	writeLimit    int // a BufferedWriter wrapper's buffer_size (file_wrap.go), or 0
	// seenNewlines are the line ends reads met (if trackNewlines: a
	// universal-newlines text file); pendingCR says the last byte read
	// was a \r not yet counted.
	seenNewlines             seenNewlines
	trackNewlines, pendingCR bool

	text, buffered, raw *File // the views, made on demand

	// collected is only referenced here: it closes the core once the
	// stream is unreachable (file_lifetime.go).
	collected *CollectToken
}

// fileKind says which layer a File object is.
type fileKind uint8

const (
	fileText fileKind = iota
	fileBuffered
	fileRaw
)

// File is a file object: a view of a fileStream.
type File struct {
	Object
	s        *fileStream
	kind     fileKind
	mode     string // TextIOWrapper.mode: the mode given to open()
	encoding string
	codec    fileCodec
	errors   string // the error handler of a text file's codec
	// xcodec is the codec of file_textcodec.go a text file encodes with
	// ("" for the others); reading then sees UTF-8 and codec is codecUTF8.
	xcodec     string
	bomPending bool  // the next write starts with the byte order mark
	newline    Value // None, '', '\n', '\r' or '\r\n'
	detached   bool  // detach() handed the layer below over (file_wrap.go)
}

// fileCodec is a text file's encoding.
type fileCodec uint8

const (
	codecUTF8 fileCodec = iota
	codecLatin1
	codecASCII
)

// fileCodecNamed finds the codec for an encoding name.
func fileCodecNamed(name string) (fileCodec, bool) {
	if strings.EqualFold(name, "locale") {
		return codecUTF8, true
	}
	switch normalizeEncoding(name) {
	case "utf-8":
		return codecUTF8, true
	case "latin-1":
		return codecLatin1, true
	case "ascii":
		return codecASCII, true
	}
	return 0, false
}

// codecName is the name of f's codec, as the codecs know it.
func (f *File) codecName() string {
	switch f.codec {
	case codecLatin1:
		return "latin-1"
	case codecASCII:
		return "ascii"
	}
	return "utf-8"
}

// decode turns bytes read from the file into text, with the file's error
// handler.
func (f *File) decode(b []byte) (string, error) {
	return Decode(b, f.codecName(), f.errors)
}

// encode turns text into the bytes to write, or returns text's own bytes
// for UTF-8 text without lone surrogates (whose WTF-8 form Go's UTF-8
// check rejects), which the error handler must decide about.
func (f *File) encode(text string) ([]byte, error) {
	if f.xcodec != "" {
		return f.encodeTranscoded(text)
	}
	if f.codec == codecUTF8 && utf8.ValidString(text) {
		return unsafeStringBytes(text), nil
	}
	return Encode(text, f.codecName(), f.errors)
}

// closedError returns the error for an operation on a closed file, with
// the message of the layer CPython would raise it from.
func (f *File) closedError(op string) error {
	if f.detached {
		return f.detachedError()
	}
	if f.kind == fileRaw {
		// FileIO's own methods say it without a period; IOBase's
		// (readlines, flush, __iter__, __enter__) with one.
		switch op {
		case "read", "readline", "next", "seek", "tell", "fileno", "write", "truncate", "isatty",
			"readable", "writable", "seekable":
			return Errorf(ValueError, "I/O operation on closed file")
		}
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	if f.kind != fileText {
		switch op {
		case "read", "readline", "seek", "flush", "truncate":
			return Errorf(ValueError, "%s of closed file", op)
		case "write":
			return Errorf(ValueError, "write to closed file")
		case "tell", "fileno", "isatty":
			return Errorf(ValueError, "I/O operation on closed file")
		}
	}
	if op == "fileno" || op == "isatty" {
		return Errorf(ValueError, "I/O operation on closed file")
	}
	return Errorf(ValueError, "I/O operation on closed file.")
}

// unusable reports whether f is detached or closed.
func (f *File) unusable() bool { return f.detached || f.s.core.closed }

// check returns an error if the file is detached or closed or lacks the
// capability.
func (f *File) check(op string, need bool, capability string) error {
	if f.detached {
		return f.detachedError()
	}
	// A buffered layer without the method (a BufferedReader's write)
	// raises UnsupportedOperation even when closed, as _BufferedIOBase's.
	missingMethod := !need && f.kind == fileBuffered && op != "readlines" && (capability == "not readable" || capability == "not writable")
	if f.s.core.closed && !missingMethod {
		return f.closedError(op)
	}
	if !need {
		if f.kind == fileBuffered {
			// A buffered reader has no write method, nor a writer read:
			// _BufferedIOBase's raise with the method's name.
			switch capability {
			case "not readable":
				capability = "read"
			case "not writable":
				capability = "write"
			}
		}
		return NewException(UnsupportedOperation, NewStr(capability))
	}
	return nil
}

// prepareRead flushes pending writes before bytes are read.
func (s *fileStream) prepareRead() error {
	if len(s.core.wbuf) > 0 {
		return s.core.flush()
	}
	return nil
}

// prepareWrite moves the OS position back over read-ahead bytes, so that a
// write lands where the reader stopped.
func (s *fileStream) prepareWrite() error {
	if n := s.readAhead(); n > 0 && s.core.seeker() != nil && s.seekable {
		if _, err := s.core.seeker().Seek(-n, io.SeekCurrent); err != nil {
			return oserrorFromGo(err, "")
		}
	}
	s.rbuf, s.rpos, s.eof = s.rbuf[:0], 0, false
	s.forgetTextState()
	if s.decoder != nil {
		s.decoder.reset(false)
	}
	return nil
}

// textWritePosition is where a text write after text reads lands in
// CPython: its TextIOWrapper drops the characters it decoded but does not
// move its buffer back, which has been read to the end of the last chunk
// the text layer took. So a write after readline() on an "r+" file goes
// there (the end of a small file), not where the line ended. ok is false
// when the position is the logical one: no text read since the last seek
// or write, chunks Kiln cannot replay, a transcoded file.
func (s *fileStream) textWritePosition(text bool) (at int64, ok bool) {
	if !text || !s.textRead || !s.chunksKnown || s.decoder != nil || !s.seekable || s.core.f == nil || s.core.seeker() == nil {
		return 0, false
	}
	pos, err := s.tell()
	if err != nil {
		return 0, false
	}
	info, err := s.core.f.Stat()
	if err != nil {
		return 0, false
	}
	size := info.Size()
	start := s.chunkBase
	for start < pos {
		end := s.chunkEnd(start, size)
		if end <= start {
			return 0, false
		}
		start = end
	}
	return start, true
}

// readAhead returns how many bytes of the file were read but not consumed.
func (s *fileStream) readAhead() int64 {
	if s.decoder != nil {
		return s.decoder.rawLen(s.rbuf[s.rpos:])
	}
	return int64(len(s.rbuf) - s.rpos)
}

// fill reads more bytes into the read buffer, keeping the unread ones. It
// reports false at end of file.
func (s *fileStream) fill() (bool, error) {
	if s.eof {
		return false, nil
	}
	if s.rpos > 0 {
		s.prevByte = s.rbuf[s.rpos-1]
		n := copy(s.rbuf, s.rbuf[s.rpos:])
		s.rbuf, s.rpos = s.rbuf[:n], 0
	}
	if cap(s.rbuf)-len(s.rbuf) < fileBufferSize {
		// Grow by doubling: read() of a whole file fills until the end,
		// and growing by a constant copied the buffer once per 16 KB
		// (4.5 s for a 10 MB file).
		nb := make([]byte, len(s.rbuf), max(len(s.rbuf)+2*fileBufferSize, 2*cap(s.rbuf)))
		copy(nb, s.rbuf)
		s.rbuf = nb
	}
	var src io.Reader = s.core.r
	if s.decoder != nil {
		src = s.decoder
	}
	n, err := src.Read(s.rbuf[len(s.rbuf):cap(s.rbuf)])
	s.rbuf = s.rbuf[:len(s.rbuf)+n]
	if s.trackNewlines && (n > 0 || s.pendingCR && err == io.EOF) {
		s.noteNewlines(s.rbuf[len(s.rbuf)-n:])
	}
	if err == io.EOF || (n == 0 && err == nil) {
		// Within one operation, stop at the first end of file; the next
		// operation asks again (a file may grow, a terminal be read after
		// ^D).
		s.eof = n == 0
		return n > 0, nil
	}
	if exc, ok := err.(*Exception); ok {
		return n > 0, exc // a decoding error
	}
	if err != nil {
		return n > 0, oserrorFromGo(err, "")
	}
	return true, nil
}

// resetEOF forgets a seen end of file so the next read asks the OS again
// (a file may grow; a terminal may be read after ^D).
func (s *fileStream) resetEOF() { s.eof = false }

// readAll returns every remaining byte.
func (s *fileStream) readAll() ([]byte, error) {
	s.resetEOF()
	for {
		more, err := s.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	out := append([]byte(nil), s.rbuf[s.rpos:]...)
	if len(out) > 0 {
		s.prevByte = out[len(out)-1]
	}
	s.rbuf, s.rpos = s.rbuf[:0], 0
	return out, nil
}

// readBytes returns up to n bytes, fewer only at end of file.
func (s *fileStream) readBytes(n int) ([]byte, error) {
	s.resetEOF()
	for len(s.rbuf)-s.rpos < n {
		more, err := s.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	avail := len(s.rbuf) - s.rpos
	if n > avail {
		n = avail
	}
	out := append([]byte(nil), s.rbuf[s.rpos:s.rpos+n]...)
	s.rpos += n
	return out, nil
}

// readLineBytes returns the next line including its terminator. With
// anyEnd, a lone \r also ends a line (universal newlines); term is the one
// terminator otherwise ("\n", "\r" or "\r\n"). limit < 0 means no limit.
func (s *fileStream) readLineBytes(anyEnd bool, term string, limit int) ([]byte, error) {
	b, err := s.readLineSpan(anyEnd, term, limit)
	if err != nil {
		return nil, err
	}
	return append([]byte(nil), b...), nil
}

// readLineSpan is readLineBytes without the copy: the line is a window of
// the read buffer, valid until the buffer is next filled or written.
func (s *fileStream) readLineSpan(anyEnd bool, term string, limit int) ([]byte, error) {
	s.resetEOF()
	scanned := 0
	for {
		buf := s.rbuf[s.rpos:]
		end := -1
		if anyEnd {
			if i := indexLineEnd(buf[scanned:]); i >= 0 {
				i += scanned
				end = i + 1
				if buf[i] == '\r' {
					if i+1 == len(buf) && !s.eof {
						// Is the \r followed by \n? Need one more byte.
						more, err := s.fill()
						if err != nil {
							return nil, err
						}
						if more {
							scanned = i
							continue
						}
						buf = s.rbuf[s.rpos:]
					}
					if i+1 < len(buf) && buf[i+1] == '\n' {
						end = i + 2
					}
				}
			}
		} else if i := bytes.Index(buf[scanned:], []byte(term)); i >= 0 {
			end = scanned + i + len(term)
		}
		if limit >= 0 && (end < 0 || end > limit) && len(buf) >= limit {
			end = limit
		}
		if end >= 0 {
			s.rpos += end
			return buf[:end:end], nil
		}
		if len(term) > 1 || anyEnd {
			scanned = max(len(buf)-1, 0)
		} else {
			scanned = len(buf)
		}
		more, err := s.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			buf = s.rbuf[s.rpos:]
			s.rpos += len(buf)
			return buf[:len(buf):len(buf)], nil
		}
	}
}

// write appends b to the pending writes and flushes as the buffering mode
// asks: at once when write-through, at a newline when line buffered, and
// when the buffer is full.
func (s *fileStream) write(b []byte, text bool) error {
	if at, ok := s.textWritePosition(text); ok {
		if _, err := s.core.seeker().Seek(at, io.SeekStart); err != nil {
			return oserrorFromGo(err, "")
		}
		s.rbuf, s.rpos = s.rbuf[:0], 0 // nothing to move back over: prepareWrite only resets
		if err := s.prepareWrite(); err != nil {
			return err
		}
	}
	if s.rpos < len(s.rbuf) || len(s.rbuf) > 0 {
		if err := s.prepareWrite(); err != nil {
			return err
		}
	}
	s.peek = filePeekWindow{}
	s.forgetTextState()
	s.winValid = false
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if s.writeLimit > 0 && len(c.wbuf)+len(b) > s.writeLimit {
		// CPython's BufferedWriter: what does not fit flushes the buffer,
		// and data larger than the buffer goes straight through.
		if err := c.flushLocked(); err != nil {
			return oserrorFromGo(err, "")
		}
		if len(b) > s.writeLimit {
			if _, err := c.w.Write(b); err != nil {
				return oserrorFromGo(err, "")
			}
			return nil
		}
	}
	lineDone := text && s.lineBuffering && bytes.IndexAny(b, "\n\r") >= 0
	if len(b) >= fileBufferSize {
		// What fills the buffer by itself goes straight through after
		// what is pending, as in CPython's buffered writer: copying a
		// large text into the buffer cost a copy and as many new pages.
		if err := c.flushLocked(); err != nil {
			return oserrorFromGo(err, "")
		}
		if _, err := c.w.Write(b); err != nil {
			return oserrorFromGo(err, "")
		}
		if lineDone {
			return c.flushBelow()
		}
		return nil
	}
	c.wbuf = append(c.wbuf, b...)
	if s.writeThrough || len(c.wbuf) >= fileBufferSize || lineDone {
		if err := c.flushLocked(); err != nil {
			return oserrorFromGo(err, "")
		}
	}
	if lineDone {
		return c.flushBelow()
	}
	return nil
}

// tell returns the logical position: the OS position less the read-ahead,
// plus the pending writes.
func (s *fileStream) tell() (int64, error) {
	if s.core.py == nil && (s.core.seeker() == nil || !s.seekable) {
		return 0, NewOSError(29, "", "") // ESPIPE: Illegal seek
	}
	if err := s.core.flush(); err != nil {
		return 0, oserrorFromGo(err, "")
	}
	if s.core.py != nil {
		// A wrapper asks its object, which answers (or refuses) itself.
		pos, err := s.pyRawTell()
		return pos - s.readAhead(), err
	}
	pos, err := s.core.seeker().Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, oserrorFromGo(err, "")
	}
	return pos - s.readAhead(), nil
}

// seek moves the position and forgets the read-ahead.
func (s *fileStream) seek(off int64, whence int) (int64, error) {
	if s.core.py != nil && !s.seekable {
		return 0, NewException(UnsupportedOperation, NewStr("File or stream is not seekable."))
	}
	if s.core.seeker() == nil || !s.seekable {
		return 0, NewOSError(29, "", "")
	}
	if err := s.core.flush(); err != nil {
		return 0, oserrorFromGo(err, "")
	}
	if s.pyReader {
		if pos, ok, err := s.pySeekInBuffer(off, whence); ok || err != nil {
			return pos, err
		}
	} else if s.blockSize > 0 {
		s.peekBeforeSeek(off, whence)
	}
	if whence == io.SeekCurrent {
		off -= s.readAhead()
	}
	pos, err := s.core.seeker().Seek(off, whence)
	if err != nil {
		return 0, oserrorFromGo(err, "")
	}
	s.pyAbsPos = pos
	s.rbuf, s.rpos, s.eof, s.pendingCR = s.rbuf[:0], 0, false, false
	s.forgetTextState()
	s.fileAfterSeek(pos)
	return pos, nil
}

// view returns the File of the given kind over s, made once.
func (s *fileStream) view(kind fileKind) *File {
	slot := &s.text
	switch kind {
	case fileBuffered:
		slot = &s.buffered
	case fileRaw:
		slot = &s.raw
	}
	if *slot == nil {
		t := FileIOType
		switch kind {
		case fileText:
			t = TextIOWrapperType
		case fileBuffered:
			switch {
			case s.readable && s.writable:
				t = BufferedRandomType
			case s.writable:
				t = BufferedWriterType
			default:
				t = BufferedReaderType
			}
		}
		*slot = &File{Object: Object{typ: t}, s: s, kind: kind, newline: None}
	}
	return *slot
}

// Open is the open() builtin.
func Open(th *Thread, args []Value, kwnames []string) (Value, error) {
	var file, modeV, bufferingV, encodingV, errorsV, newlineV, closefdV, openerV Value
	if err := UnpackArgs("open", args, kwnames, "file", &file, "mode?", &modeV, "buffering?", &bufferingV,
		"encoding?", &encodingV, "errors?", &errorsV, "newline?", &newlineV, "closefd?", &closefdV, "opener?", &openerV); err != nil {
		return Value{}, err
	}
	mode := "r"
	if modeV.IsValid() {
		if modeV.Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "open() argument 'mode' must be str, not %s", TypeName(modeV))
		}
		mode = StrValue(modeV)
	}
	buffering := int64(-1)
	if bufferingV.IsValid() {
		var err error
		if buffering, err = AsInt(th, bufferingV); err != nil {
			return Value{}, err
		}
	}
	closefd := true
	if closefdV.IsValid() {
		var err error
		if closefd, err = Truth(th, closefdV); err != nil {
			return Value{}, err
		}
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return Value{}, err
	}
	isSet := func(v Value) bool { return v.IsValid() && !v.IsNone() }
	if m.binary {
		switch {
		case isSet(encodingV):
			return Value{}, Errorf(ValueError, "binary mode doesn't take an encoding argument")
		case isSet(errorsV):
			return Value{}, Errorf(ValueError, "binary mode doesn't take an errors argument")
		case isSet(newlineV):
			return Value{}, Errorf(ValueError, "binary mode doesn't take a newline argument")
		}
	} else if buffering == 0 {
		return Value{}, Errorf(ValueError, "can't have unbuffered text I/O")
	}
	ta, err := parseTextArgs("open", encodingV, errorsV, newlineV)
	if err != nil {
		return Value{}, err
	}

	var osf *os.File
	var name Value
	if file.IsSmallInt() || file.IsBool() {
		fd := file.SmallInt()
		if fd < 0 {
			return Value{}, Errorf(ValueError, "negative file descriptor")
		}
		// Check the descriptor before an os.File owns it: a failed
		// os.File would close the number when collected, whatever it
		// names by then.
		var st syscall.Stat_t
		if err := syscall.Fstat(int(fd), &st); err != nil {
			return Value{}, oserrorFromGo(err, "")
		}
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			return Value{}, NewOSError(int(syscall.EISDIR), "", "")
		}
		osf = os.NewFile(uintptr(fd), "")
		name = Int(fd)
		if !closefd {
			// os.File closes its descriptor when collected: keep it.
			th.Interp.mods.keptFiles = append(th.Interp.mods.keptFiles, osf)
		}
	} else {
		path, err := fsPath(th, file)
		if err != nil {
			return Value{}, err
		}
		if !closefd {
			return Value{}, Errorf(ValueError, "Cannot use closefd=False with file name")
		}
		osf, err = RetryAfterCollect(th, func() (*os.File, error) { return os.OpenFile(path, m.flags, 0o666) })
		if err != nil {
			return Value{}, oserrorFromGo(err, path)
		}
		if st, err := osf.Stat(); err == nil && st.IsDir() {
			osf.Close()
			return Value{}, NewOSError(21, path, "") // EISDIR
		}
		name = file
	}
	info, _ := osf.Stat()
	seekable := info != nil && info.Mode().IsRegular()
	core := &fileCore{interp: th.Interp, f: osf, r: osf, w: osf, fd: int(osf.Fd()), closefd: closefd}
	s := &fileStream{core: core, name: name, rawMode: m.rawMode, readable: m.readable, writable: m.writable, seekable: seekable}
	if buffering != 0 && m.readable {
		s.blockSize = fileBlockSize(info, buffering)
	}
	if buffering == 1 || (buffering < 0 && isTerminal(osf)) {
		s.lineBuffering = !m.binary
	}
	if buffering == 0 {
		s.writeThrough = true
	}
	registerOpenFile(th.Interp, s)
	var f *File
	switch {
	case m.binary && buffering == 0:
		f = s.view(fileRaw)
	case m.binary:
		f = s.view(fileBuffered)
	default:
		f = s.view(fileText)
		f.mode = mode
		ta.apply(s, f)
		if s.readable && !strings.Contains(m.rawMode, "a") && !file.IsSmallInt() {
			// CPython's text reads start their chunks at 0, where a file
			// opened by name starts: no need to ask the OS at the first read.
			s.chunksKnown, s.chunksBySeek = true, true
		}
	}
	fileTrackOpen(th, s, f)
	return ValueOf(f), nil
}

// textArgs are the checked encoding, errors and newline arguments of
// open() or TextIOWrapper().
type textArgs struct {
	encoding, errors, xcodec string
	codec                    fileCodec
	newline                  Value
}

// parseTextArgs checks the text arguments as fname (open or
// TextIOWrapper) does; absent or None means the default.
func parseTextArgs(fname string, encodingV, errorsV, newlineV Value) (textArgs, error) {
	isSet := func(v Value) bool { return v.IsValid() && !v.IsNone() }
	ta := textArgs{encoding: "UTF-8", errors: "strict", newline: None}
	if isSet(newlineV) {
		if newlineV.Type().Layout != LayoutStr {
			return ta, Errorf(TypeError, "%s() argument 'newline' must be str or None, not %s", fname, TypeName(newlineV))
		}
		switch nl := StrValue(newlineV); nl {
		case "", "\n", "\r", "\r\n":
			ta.newline = newlineV
		default:
			return ta, Errorf(ValueError, "illegal newline value: %s", nl)
		}
	}
	if isSet(encodingV) {
		if encodingV.Type().Layout != LayoutStr {
			return ta, Errorf(TypeError, "%s() argument 'encoding' must be str or None, not %s", fname, TypeName(encodingV))
		}
		ta.encoding = StrValue(encodingV)
	}
	if isSet(errorsV) {
		if errorsV.Type().Layout != LayoutStr {
			return ta, Errorf(TypeError, "%s() argument 'errors' must be str or None, not %s", fname, TypeName(errorsV))
		}
		ta.errors = StrValue(errorsV)
	}
	codec, ok := fileCodecNamed(ta.encoding)
	if !ok {
		if ta.xcodec = fileTranscoded(ta.encoding); ta.xcodec == "" {
			return ta, Errorf(LookupError, "unknown encoding: %s", ta.encoding)
		}
	}
	ta.codec = codec
	return ta, nil
}

// apply makes f, the text view of s, use the arguments.
func (ta textArgs) apply(s *fileStream, f *File) {
	f.encoding, f.newline, f.codec, f.errors = ta.encoding, ta.newline, ta.codec, ta.errors
	s.trackNewlines = ta.newline.IsNone() || StrValue(ta.newline) == ""
	if ta.xcodec != "" {
		fileStartTranscoding(s, f, ta.xcodec)
	}
}

// registerOpenFile enters s's core in the interpreter's registry of open
// files and arranges for it to be flushed and closed if s becomes
// unreachable while open, as CPython does when a file object dies.
func registerOpenFile(interp *Interpreter, s *fileStream) {
	st := &interp.mods
	st.filesMu.Lock()
	if st.openFiles == nil {
		st.openFiles = map[*fileCore]struct{}{}
	}
	s.core.seq = interp.life.seq.Add(1)
	st.openFiles[s.core] = struct{}{}
	st.filesMu.Unlock()
	fileWatchCollection(s)
}

// FlushOpenFiles flushes the pending writes of every open OS file, from
// any goroutine (a SIGTERM that the program does not obey): wrappers over
// Python streams are left alone, since flushing them runs Python code (at
// exit the driver closes everything: see closeOpenFiles).
func (interp *Interpreter) FlushOpenFiles() {
	for _, c := range interp.openFileCores() {
		if c.py == nil {
			c.flush()
		}
	}
}

// openMode is a parsed open() mode.
type openMode struct {
	binary, readable, writable bool
	flags                      int
	rawMode                    string
}

// parseOpenMode checks and decodes an open() mode string.
func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	var creating, reading, writing, appending, updating, text bool
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return m, Errorf(ValueError, "invalid mode: %s", strRepr(mode))
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			m.binary = true
		}
	}
	if text && m.binary {
		return m, Errorf(ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n != 1 {
		if n == 0 && !updating {
			return m, Errorf(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
		}
		return m, Errorf(ValueError, "must have exactly one of create/read/write/append mode")
	}
	switch {
	case creating:
		m.flags, m.writable, m.rawMode = os.O_WRONLY|os.O_CREATE|os.O_EXCL, true, "xb"
	case reading:
		m.flags, m.readable, m.rawMode = os.O_RDONLY, true, "rb"
	case writing:
		m.flags, m.writable, m.rawMode = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, true, "wb"
	case appending:
		m.flags, m.writable, m.rawMode = os.O_WRONLY|os.O_CREATE|os.O_APPEND, true, "ab"
	}
	if updating {
		m.flags = m.flags&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
		m.readable, m.writable = true, true
		m.rawMode += "+"
	}
	return m, nil
}

// fsPath returns the path named by a str, bytes or os.PathLike value.
func fsPath(th *Thread, v Value) (string, error) {
	switch v.Type().Layout {
	case LayoutStr:
		return StrValue(v), nil
	case LayoutBytes:
		return string(BytesValue(v)), nil
	}
	if m := v.Type().Lookup("__fspath__"); m.IsValid() {
		r, err := Call(th, m, []Value{v}, nil)
		if err != nil {
			return "", err
		}
		switch r.Type().Layout {
		case LayoutStr:
			return StrValue(r), nil
		case LayoutBytes:
			return string(BytesValue(r)), nil
		}
		return "", Errorf(TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TypeName(v), TypeName(r))
	}
	return "", Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(v))
}

// newStdStream makes sys.stdin, sys.stdout or sys.stderr over r or w, with
// the error handler errHandler (stdioErrors).
func newStdStream(interp *Interpreter, fd int, name, mode string, r io.Reader, w io.Writer, errHandler string) Value {
	core := &fileCore{r: r, w: w, fd: fd}
	if f, ok := r.(*os.File); ok {
		core.f = f
	}
	if f, ok := w.(*os.File); ok {
		core.f = f
	}
	s := &fileStream{core: core, name: NewStr(name), readable: r != nil, writable: w != nil}
	s.rawMode = "rb"
	if w != nil {
		s.rawMode = "wb"
	}
	terminal := false
	if core.f != nil {
		// fstat(2) itself, not File.Stat: only the file type is wanted,
		// and Stat's FileInfo is an allocation and code that start-up
		// runs nowhere else.
		fd := int(core.f.Fd())
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == nil {
			s.seekable = st.Mode&syscall.S_IFMT == syscall.S_IFREG
		}
		terminal = fdIsTerminal(fd)
	}
	// stderr is always line buffered; stdout when it is a terminal; both
	// write through with -u.
	s.lineBuffering = fd == 2 || terminal
	s.writeThrough = interp.Options.Unbuffered && w != nil
	f := s.view(fileText)
	f.mode, f.encoding, f.newline, f.errors = mode, "utf-8", None, errHandler
	return ValueOf(f)
}

// stdioErrors is the error handler of the standard stream fd, chosen as
// CPython's config_init_stdio_encoding does: stderr's is backslashreplace;
// the others take PYTHONIOENCODING's (strict if it names an encoding only),
// else surrogateescape in UTF-8 mode and the C and POSIX locales (and
// their UTF-8 coercion targets), else strict.
func stdioErrors(interp *Interpreter, fd int) string {
	if fd == 2 {
		return "backslashreplace"
	}
	// One pass over the environment for the five variables: os.Environ
	// copies it. stdin's and stdout's are the same, asked for once.
	var ioEncoding, utf8Mode, lcAll, lcCType, lang string
	eachEnv := func(kv string) {
		if kv == "" || kv[0] != 'P' && kv[0] != 'L' {
			return // not one of the five: most of the environment, uncut
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return
		}
		switch k {
		case "PYTHONIOENCODING":
			ioEncoding = v
		case "PYTHONUTF8":
			utf8Mode = v
		case "LC_ALL":
			lcAll = v
		case "LC_CTYPE":
			lcCType = v
		case "LANG":
			lang = v
		}
	}
	if env := interp.Options.Environ; env != nil {
		for _, kv := range env {
			eachEnv(kv)
		}
	} else {
		for _, kv := range syscall.Environ() {
			eachEnv(kv)
		}
	}
	if enc, errs, _ := strings.Cut(ioEncoding, ":"); errs != "" {
		return errs
	} else if enc != "" {
		return "strict"
	}
	if utf8Mode == "1" {
		return "surrogateescape"
	}
	loc := lcAll
	if loc == "" {
		loc = lcCType
	}
	if loc == "" {
		loc = lang
	}
	switch loc {
	case "", "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8":
		return "surrogateescape"
	}
	return "strict"
}

// FlushStdStreams flushes sys.stdout and sys.stderr (whatever objects they
// are now, through their flush method) and the original streams. The
// driver calls it at exit.
func (interp *Interpreter) FlushStdStreams() error {
	th := interp.MainThread()
	var first error
	flush := func(v Value) {
		if !v.IsValid() || v.IsNone() {
			return
		}
		if isFileObject(v) {
			f := as[File](v)
			if f.s.core.closed {
				return
			}
			if err := f.s.core.flush(); err != nil && first == nil {
				first = oserrorFromGo(err, "")
			}
			return
		}
		if _, err := CallMethod(th, v, "flush"); err != nil && first == nil {
			first = err
		}
	}
	st := &interp.mods
	if st.sys != nil {
		flush(st.sys.Get("stdout"))
		flush(st.sys.Get("stderr"))
	}
	flush(st.stdout)
	flush(st.stderr)
	return first
}

// fileSelf returns the receiver of a file method.
func fileSelf(v Value) *File { return as[File](v) }

// translateNewlines applies universal newlines to decoded text.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// readText is TextIOWrapper.read(size).
func (f *File) readText(size int64) (Value, error) {
	s := f.s
	s.startTextRead()
	translate := f.newline.IsNone()
	if size < 0 {
		b, err := s.readAll()
		if err != nil {
			return Value{}, err
		}
		text, err := f.decode(b)
		if err != nil {
			return Value{}, err
		}
		if translate {
			text = translateNewlines(text)
		}
		s.textRead = false // CPython's read() drops its snapshot
		return NewStr(text), nil
	}
	if size > cookieChunkChars {
		s.chunksKnown = false // CPython reads a longer chunk
	}
	s.resetEOF()
	var sb strings.Builder
	n := int64(0)
	for n < size {
		// Make sure a whole rune (and the byte after a \r) is buffered.
		for {
			avail := s.rbuf[s.rpos:]
			if len(avail) > 0 && (f.codec != codecUTF8 || utf8.FullRune(avail)) && !(translate && avail[0] == '\r' && len(avail) == 1) {
				break
			}
			more, err := s.fill()
			if err != nil {
				return Value{}, err
			}
			if !more {
				break
			}
		}
		avail := s.rbuf[s.rpos:]
		if len(avail) == 0 {
			break
		}
		r, size := utf8.DecodeRune(avail)
		if bad := f.codec == codecUTF8 && r == utf8.RuneError && size <= 1; bad || f.codec != codecUTF8 {
			// One character of a single-byte codec, or an invalid UTF-8
			// sequence, which the error handler decides about.
			if bad {
				size, _, _ = utf8SequenceAt(avail, 0)
			} else {
				size = 1 // Latin-1 or ASCII: one byte, one character
			}
			text, err := f.decode(avail[:size])
			if err != nil {
				// CPython decodes from where this read began, and so
				// counts the error's position from there: decode again
				// with the text read so far (which, the error handler
				// being strict, is the bytes it came from) in front.
				_, err = f.decode(append([]byte(sb.String()), avail[:size]...))
				return Value{}, err
			}
			s.rpos += size
			if translate && text == "\r" {
				text = "\n"
				if s.rpos < len(s.rbuf) && s.rbuf[s.rpos] == '\n' {
					s.rpos++
				}
			}
			sb.WriteString(text)
			// The handler may give no character (ignore) or several
			// (backslashreplace, which may overshoot size).
			n += int64(utf8.RuneCountInString(text))
			continue
		}
		s.rpos += size
		if translate && r == '\r' {
			r = '\n'
			if s.rpos < len(s.rbuf) && s.rbuf[s.rpos] == '\n' {
				s.rpos++
			}
		}
		sb.WriteRune(r)
		n++
	}
	if n < size {
		// CPython read to the end of the file again, which leaves its
		// decoder snapshot with no '\r' held back.
		s.textAtEOF = true
	}
	s.cookieTextRead(n, n == size)
	return NewStr(sb.String()), nil
}

// noteNewlines records the line ends in the bytes just read (b), for the
// newlines attribute of a universal-newlines text file. Like CPython's
// decoder it sees every byte read, consumed or not, and holds a final \r
// back until the next bytes (or the end) say whether a \n follows.
func (s *fileStream) noteNewlines(b []byte) {
	if s.pendingCR {
		switch {
		case len(b) > 0 && b[0] == '\n':
			s.seenNewlines.crlf = true
			b = b[1:]
		default:
			s.seenNewlines.cr = true
		}
		s.pendingCR = false
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		s.pendingCR = true
		b = b[:n-1]
	}
	if bytes.IndexByte(b, '\r') >= 0 {
		s.seenNewlines.note(unsafe.String(unsafe.SliceData(b), len(b))) // only read here
	} else if !s.seenNewlines.lf && bytes.IndexByte(b, '\n') >= 0 {
		s.seenNewlines.lf = true // the common case, without a loop over every byte
	}
}

// readLine returns the next line (str or bytes); an empty result means end
// of file. limit < 0 means no limit (in characters or bytes).
func (f *File) readLine(limit int64) (Value, error) {
	s := f.s
	if s.pyReader && f.kind == fileBuffered {
		return s.pyReadline(limit)
	}
	if f.kind != fileText {
		b, err := s.readLineBytes(false, "\n", int(limit))
		if err != nil {
			return Value{}, err
		}
		if s.blockSize > 0 {
			s.peekAfterLine(len(b), len(b) > 0 && b[len(b)-1] == '\n')
		}
		return NewBytes(b), nil
	}
	s.startTextRead()
	anyEnd, term := false, "\n"
	if f.newline.IsNone() || StrValue(f.newline) == "" {
		anyEnd = true
	} else {
		term = StrValue(f.newline)
	}
	byteLimit := -1
	if limit >= 0 {
		byteLimit = int(limit) * utf8.UTFMax
	}
	b, err := s.readLineSpan(anyEnd, term, byteLimit)
	if err != nil {
		return Value{}, err
	}
	if limit < 0 {
		if line, ok := f.lineStr(b); ok {
			s.lineRead(b, line)
			return ValueOf(line), nil
		}
	}
	if f.codec != codecUTF8 && limit >= 0 && int64(len(b)) > limit {
		s.rpos -= len(b) - int(limit)
		b = b[:limit]
	} else if f.codec == codecUTF8 && limit >= 0 && int64(utf8.RuneCount(b)) > limit {
		// Keep limit characters; give the rest back to the buffer.
		cut := 0
		for i := int64(0); i < limit; i++ {
			_, size := utf8.DecodeRune(b[cut:])
			cut += size
		}
		s.rpos -= len(b) - cut
		b = b[:cut]
	}
	text, err := f.decode(b)
	if err != nil {
		return Value{}, err
	}
	if f.newline.IsNone() {
		text = translateNewlines(text)
	}
	complete := len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r')
	if !complete {
		// The line ended at the end of the file: CPython's readline then
		// drops its decoder snapshot, so tell() is the position.
		s.textRead = false
	}
	s.cookieTextRead(int64(utf8.RuneCountInString(text)), complete)
	return NewStr(text), nil
}

// writeValue is write(v): str for text files, a bytes-like object for
// binary ones. It returns the number of characters or bytes written.
func (f *File) writeValue(v Value) (Value, error) {
	if f.kind == fileText && v.Type().Layout != LayoutStr {
		// CPython's argument check comes before the state checks.
		return Value{}, Errorf(TypeError, "write() argument must be str, not %s", TypeName(v))
	}
	if err := f.check("write", f.s.writable, "not writable"); err != nil {
		return Value{}, err
	}
	if f.kind == fileText {
		if v.Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "write() argument must be str, not %s", TypeName(v))
		}
		text := StrValue(v)
		n, ok := as[Str](v).knownRuneCount()
		if !ok {
			n = countRunes(text) // lone surrogates count one each
		}
		if !f.newline.IsNone() {
			if nl := StrValue(f.newline); nl == "\r" || nl == "\r\n" {
				text = strings.ReplaceAll(text, "\n", nl)
			}
		}
		b, err := f.encode(text)
		if err != nil {
			return Value{}, err
		}
		if err := f.s.write(b, true); err != nil {
			return Value{}, err
		}
		return Int(int64(n)), nil
	}
	switch v.Type().Layout {
	case LayoutBytes, LayoutByteArray:
		b := BytesValue(v)
		if err := f.s.write(b, false); err != nil {
			return Value{}, err
		}
		return Int(int64(len(b))), nil
	}
	return Value{}, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
}

// unsafeStringBytes views a string's bytes without copying, so that
// print() through sys.stdout.write allocates nothing here; the caller only
// reads them (write copies them into the buffer).
func unsafeStringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// fileRepr is the repr of every file type.
func fileRepr(th *Thread, v Value) (Value, error) {
	f := fileSelf(v)
	if f.s.core.py != nil {
		return wrapperRepr(th, f)
	}
	var name string
	if f.s.name.Type().Layout == LayoutStr {
		name = strRepr(StrValue(f.s.name))
	} else if r, err := Repr(th, f.s.name); err == nil {
		name = r
	} else {
		return Value{}, err
	}
	if f.detached {
		name = "" // the name is the layer below's, which CPython's repr cannot ask
	} else {
		name = " name=" + name
	}
	switch f.kind {
	case fileText:
		return NewStr(fmt.Sprintf("<_io.TextIOWrapper%s mode=%s encoding=%s>", name, strRepr(f.mode), strRepr(f.encoding))), nil
	case fileBuffered:
		return NewStr(fmt.Sprintf("<_io.%s%s>", f.typ.Name, name)), nil
	}
	if f.s.core.closed {
		return NewStr("<_io.FileIO [closed]>"), nil
	}
	closefd := "True"
	if !f.s.core.closefd {
		closefd = "False"
	}
	return NewStr(fmt.Sprintf("<_io.FileIO%s mode=%s closefd=%s>", name, strRepr(f.s.rawMode), closefd)), nil
}

func init() {
	for _, t := range []*Type{IOBaseType, TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType} {
		t.Module = "_io"
	}
	UnsupportedOperation.Module = "io"
	UnsupportedOperation.Bases = []*Type{OSError, ValueError}
	UnsupportedOperation.MRO, _ = C3(UnsupportedOperation, UnsupportedOperation.Bases)

	for _, t := range fileTypes {
		addFileMethods(t)
	}
	addLayerMethods()
}

// fileTypes are the types of File objects. _IOBase is not one of them: a
// user class may derive from its subclasses (file_iobase.go).
var fileTypes = []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType}

// isFileObject reports whether v is a File.
func isFileObject(v Value) bool {
	if v.p == nil {
		return false
	}
	for _, t := range fileTypes {
		if v.Type().IsSubtype(t) { // a Python subclass's instances are Files too (file_wrap.go)
			return true
		}
	}
	return false
}

// addFileMethods gives t, a type of File objects, the methods of every
// layer.
func addFileMethods(t *Type) {
	t.Repr = fileRepr
	t.Iter = func(th *Thread, v Value) (Value, error) {
		if f := fileSelf(v); f.unusable() {
			return Value{}, f.closedError("iter")
		}
		return v, nil
	}
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		f := fileSelf(v)
		if err := f.check("readline", f.s.readable, "not readable"); err != nil {
			return Value{}, false, err
		}
		if err := f.s.prepareRead(); err != nil {
			return Value{}, false, err
		}
		line, err := f.readLine(-1)
		if err != nil {
			return Value{}, false, err
		}
		if fileLineLen(line) == 0 {
			return Value{}, false, nil
		}
		return line, true, nil
	}
	t.planAdder(func() { addFileDictMethods(t) }) // at the dict's first use (type_dict.go)
}

// addFileDictMethods adds the methods of addFileMethods.
func addFileDictMethods(t *Type) {
	ioIterMethods(t)
	t.AddMethod("__enter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if f := fileSelf(self); f.unusable() {
			return Value{}, f.closedError("enter")
		}
		return self, nil
	})
	t.AddMethod("__exit__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return fileClose(th, self, nil, nil)
	})
	t.AddMethod("close", fileClose)
	t.AddMethod("flush", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := fileNoArgs("flush", self, args, kwnames); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if f.unusable() && f.kind == fileBuffered && !f.s.writable && !f.detached {
			return Value{}, Errorf(ValueError, "I/O operation on closed file.") // a BufferedReader's is IOBase's
		}
		if f.unusable() {
			return Value{}, f.closedError("flush")
		}
		if err := f.s.core.flush(); err != nil {
			return Value{}, oserrorFromGo(err, "")
		}
		return None, f.s.core.flushBelow()
	})
	t.AddMethod("read", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		f := fileSelf(self)
		size, err := fileSizeArg(th, "read", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		if size < -1 && f.kind == fileBuffered {
			return Value{}, Errorf(ValueError, "read length must be non-negative or -1")
		}
		notReadable := "not readable"
		if f.kind == fileRaw {
			notReadable = "File not open for reading"
		}
		if err := f.check("read", f.s.readable, notReadable); err != nil {
			return Value{}, err
		}
		if err := f.s.prepareRead(); err != nil {
			return Value{}, err
		}
		if f.kind == fileText {
			return f.readText(size)
		}
		if f.s.pyReader {
			return f.s.pyRead(size)
		}
		var b []byte
		if size < 0 {
			b, err = f.s.readAll()
			f.s.peek = filePeekWindow{}
		} else {
			b, err = f.s.readBytes(int(size))
			if f.s.blockSize > 0 {
				f.s.peekAfterRead(int(size), len(b))
			}
		}
		if err != nil {
			return Value{}, err
		}
		return NewBytes(b), nil
	})
	t.AddMethod("readline", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		f := fileSelf(self)
		size, err := fileSizeArg(th, "readline", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		if err := f.check("readline", f.s.readable, "not readable"); err != nil {
			return Value{}, err
		}
		if err := f.s.prepareRead(); err != nil {
			return Value{}, err
		}
		return f.readLine(size)
	})
	t.AddMethod("readlines", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		f := fileSelf(self)
		hint, err := fileSizeArg(th, "readlines", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		if err := f.check("readlines", f.s.readable, "not readable"); err != nil {
			return Value{}, err
		}
		if err := f.s.prepareRead(); err != nil {
			return Value{}, err
		}
		var lines []Value
		total := int64(0)
		for {
			line, err := f.readLine(-1)
			if err != nil {
				return Value{}, err
			}
			n := fileLineLen(line)
			if n == 0 {
				break
			}
			lines = append(lines, line)
			total += int64(n)
			// IOBase.readlines stops once the lines exceed the hint
			// (BytesIO's own stops on reaching it).
			if hint > 0 && total > hint {
				break
			}
		}
		return NewList(lines), nil
	})
	t.AddMethod("write", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			if err := CheckArgCount("write", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
		}
		return fileSelf(self).writeValue(args[0])
	})
	t.AddMethod("writelines", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("writelines", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if f.unusable() {
			return Value{}, f.closedError("writelines")
		}
		err := ForEach(th, args[0], func(line Value) error {
			_, err := f.writeValue(line)
			return err
		})
		return None, err
	})
	t.AddMethod("tell", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := fileNoArgs("tell", self, args, kwnames); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if obj, ok := f.wrapped(); ok && f.kind == fileBuffered && !f.detached && f.s.core.closed {
			return CallMethod(th, obj, "tell") // CPython's buffered tell asks raw without a check of its own
		}
		if f.unusable() {
			return Value{}, f.closedError("tell")
		}
		if f.kind == fileText && !f.s.seekable {
			return Value{}, NewException(UnsupportedOperation, NewStr("underlying stream is not seekable"))
		}
		pos, err := f.s.tell()
		if err != nil || f.kind != fileText {
			return Int(pos), err
		}
		return f.textTell(pos)
	})
	t.AddMethod("seek", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("seek", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if c, ok := textCookieOf(args[0]); ok && f.kind == fileText && (len(args) == 1 || args[1].IsSmallInt() && args[1].SmallInt() == 0) {
			if f.unusable() {
				return Value{}, f.closedError("seek")
			}
			return f.seekTextCookie(args[0], c)
		}
		off, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, err = AsInt(th, args[1]); err != nil {
				return Value{}, err
			}
		}
		if f.unusable() {
			return Value{}, f.closedError("seek")
		}
		if f.kind == fileText && !f.s.seekable {
			return Value{}, NewException(UnsupportedOperation, NewStr("underlying stream is not seekable"))
		}
		if whence < 0 || whence > 2 {
			return Value{}, Errorf(ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if f.kind == fileText {
			switch {
			case whence == 1 && off != 0:
				return Value{}, NewException(UnsupportedOperation, NewStr("can't do nonzero cur-relative seeks"))
			case whence == 2 && off != 0:
				return Value{}, NewException(UnsupportedOperation, NewStr("can't do nonzero end-relative seeks"))
			case off < 0:
				return Value{}, Errorf(ValueError, "negative seek position %d", off)
			}
		}
		if f.kind == fileText {
			f.s.cookieBufferSeek(off, int(whence))
		}
		pos, err := f.s.seek(off, int(whence))
		if err == nil && f.kind == fileText {
			f.s.cookieChunksAfterSeek(pos, 0, 0)
		}
		return Int(pos), err
	})
	t.AddMethod("truncate", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("truncate", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if err := f.check("truncate", f.s.writable, "File not open for writing"); err != nil {
			return Value{}, err
		}
		pos, err := f.s.tell()
		if err != nil {
			return Value{}, err
		}
		if len(args) == 1 && !args[0].IsNone() {
			if pos, err = AsInt(th, args[0]); err != nil {
				return Value{}, err
			}
		}
		if err := f.s.core.f.Truncate(pos); err != nil {
			return Value{}, oserrorFromGo(err, "")
		}
		return Int(pos), nil
	})
	t.AddMethod("fileno", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := fileNoArgs("fileno", self, args, kwnames); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if obj, ok := f.wrapped(); ok && !f.detached {
			return CallMethod(th, obj, "fileno") // as CPython's wrappers, without a check of their own
		}
		if f.unusable() {
			return Value{}, f.closedError("fileno")
		}
		return Int(int64(f.s.core.fd)), nil
	})
	t.AddMethod("isatty", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := fileNoArgs("isatty", self, args, kwnames); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if obj, ok := f.wrapped(); ok && !f.detached {
			return CallMethod(th, obj, "isatty") // CPython's wrappers ask the layer below, closed or not
		}
		if f.unusable() {
			return Value{}, f.closedError("isatty")
		}
		if f.s.core.f == nil {
			return False, nil
		}
		return Bool(isTerminal(f.s.core.f)), nil
	})
	// In this order, every run: a map's order would vary.
	for _, m := range [...]struct {
		name string
		get  func(s *fileStream) bool
	}{
		{"readable", func(s *fileStream) bool { return s.readable }},
		{"writable", func(s *fileStream) bool { return s.writable }},
		{"seekable", func(s *fileStream) bool { return s.seekable }},
	} {
		name, get := m.name, m.get
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			f := fileSelf(self)
			if f.kind == fileBuffered && f.s.readable != f.s.writable && !get(f.s) && name != "seekable" {
				// A BufferedReader's writable and a BufferedWriter's
				// readable are IOBase's, False whatever the state.
				return False, nil
			}
			if f.detached {
				return Value{}, f.detachedError()
			}
			if obj, ok := f.wrapped(); ok {
				if f.kind == fileBuffered && !get(f.s) && name != "seekable" {
					return False, nil // a BufferedReader is never writable, a BufferedWriter never readable
				}
				return CallMethod(th, obj, name) // CPython's wrappers ask each time
			}
			if f.s.core.closed && f.kind == fileRaw {
				return Value{}, f.closedError(name)
			}
			if f.s.core.closed && (get(f.s) || name == "seekable" || f.s.readable == f.s.writable) {
				// The buffered and text layers ask their raw file, except a
				// BufferedReader's writable and a BufferedWriter's
				// readable, which are False whatever the state.
				return Value{}, Errorf(ValueError, "I/O operation on closed file")
			}
			return Bool(get(f.s)), nil
		})
	}
	if t != FileIOType {
		t.AddMethod("detach", fileDetach)
	}
	t.AddGetSet("closed", func(th *Thread, self Value) (Value, error) {
		f := fileSelf(self)
		if f.detached {
			return Value{}, f.detachedError()
		}
		if obj, ok := f.wrapped(); ok && !f.s.core.closed {
			return GetAttr(th, obj, "closed") // closing the object closes the wrapper
		}
		return Bool(f.s.core.closed), nil
	}, nil)
	t.AddGetSet("name", func(th *Thread, self Value) (Value, error) {
		f := fileSelf(self)
		if f.detached {
			return Value{}, f.detachedError()
		}
		if obj, ok := f.wrapped(); ok {
			return GetAttr(th, obj, "name")
		}
		return f.s.name, nil
	}, nil)
}

// addLayerMethods adds the methods and attributes of one layer.
func addLayerMethods() {
	tt := TextIOWrapperType
	tt.AddGetSet("mode", func(th *Thread, self Value) (Value, error) {
		f := fileSelf(self)
		if f.s.core.py != nil && f.mode == "" {
			// CPython's open() sets mode on the wrapper it makes; others have
			// none until the program (socket.makefile) sets one.
			return Value{}, Errorf(AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'")
		}
		return NewStr(f.mode), nil
	}, func(th *Thread, self, v Value) error {
		if v.Type().Layout != LayoutStr {
			return Errorf(TypeError, "mode must be str, not %s", TypeName(v))
		}
		fileSelf(self).mode = StrValue(v)
		return nil
	})
	tt.AddGetSet("encoding", func(th *Thread, self Value) (Value, error) { return NewStr(fileSelf(self).encoding), nil }, nil)
	tt.AddGetSet("errors", func(th *Thread, self Value) (Value, error) { return NewStr(fileSelf(self).errors), nil }, nil)
	tt.AddGetSet("newlines", func(th *Thread, self Value) (Value, error) {
		f := fileSelf(self)
		if f.detached {
			return Value{}, f.detachedError()
		}
		return f.s.seenNewlines.value(), nil
	}, nil)
	tt.AddGetSet("line_buffering", func(th *Thread, self Value) (Value, error) { return Bool(fileSelf(self).s.lineBuffering), nil }, nil)
	tt.AddGetSet("write_through", func(th *Thread, self Value) (Value, error) { return Bool(fileSelf(self).s.writeThrough), nil }, nil)
	tt.AddGetSet("buffer", func(th *Thread, self Value) (Value, error) { return fileBelow(fileSelf(self), fileBuffered) }, nil)
	tt.AddMethod("reconfigure", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var encoding, errs, newline, lineBuffering, writeThrough Value
		if err := UnpackArgs("reconfigure", args, kwnames, "$encoding?", &encoding, "$errors?", &errs, "$newline?", &newline,
			"$line_buffering?", &lineBuffering, "$write_through?", &writeThrough); err != nil {
			return Value{}, err
		}
		f := fileSelf(self)
		if err := f.s.core.flush(); err != nil {
			return Value{}, oserrorFromGo(err, "")
		}
		if errs.IsValid() && !errs.IsNone() {
			if !isStr(errs) {
				return Value{}, Errorf(TypeError, "reconfigure() argument 'errors' must be str or None, not %s", TypeName(errs))
			}
			f.errors = StrValue(errs)
			if f.s.decoder != nil {
				f.s.decoder.errors = f.errors
			}
		}
		if lineBuffering.IsValid() && !lineBuffering.IsNone() {
			b, err := Truth(th, lineBuffering)
			if err != nil {
				return Value{}, err
			}
			f.s.lineBuffering = b
		}
		if writeThrough.IsValid() && !writeThrough.IsNone() {
			b, err := Truth(th, writeThrough)
			if err != nil {
				return Value{}, err
			}
			f.s.writeThrough = b
		}
		return None, nil
	})
	for _, bt := range []*Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		bt.AddGetSet("mode", func(th *Thread, self Value) (Value, error) {
			f := fileSelf(self)
			if f.detached {
				return Value{}, f.detachedError()
			}
			if obj, ok := f.wrapped(); ok {
				return GetAttr(th, obj, "mode")
			}
			return NewStr(f.s.rawMode), nil
		}, nil)
		bt.AddGetSet("raw", func(th *Thread, self Value) (Value, error) { return fileBelow(fileSelf(self), fileRaw) }, nil)
	}
	FileIOType.AddGetSet("mode", func(th *Thread, self Value) (Value, error) { return NewStr(fileSelf(self).s.rawMode), nil }, nil)
	FileIOType.AddGetSet("closefd", func(th *Thread, self Value) (Value, error) { return Bool(fileSelf(self).s.core.closefd), nil }, nil)
}

// isTerminal reports whether f is a terminal (isatty: the terminal
// ioctl succeeds; /dev/null is a character device but not a terminal).
func isTerminal(f *os.File) bool {
	return fdIsTerminal(int(f.Fd()))
}

func fdIsTerminal(fd int) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}

// FileWrite writes the str s to f if f is a file object of this package,
// without looking up its write method: print() uses it for sys.stdout.
// It reports false if f is some other object (call f.write then).
func FileWrite(f Value, s Value) (bool, error) {
	if f.p == nil || f.Type() != TextIOWrapperType {
		return false, nil
	}
	_, err := as[File](f).writeValue(s)
	return true, err
}

// fileLineLen returns the length in bytes of a line read by readLine.
func fileLineLen(line Value) int {
	if line.Type().Layout == LayoutStr {
		return len(StrValue(line))
	}
	return len(BytesValue(line))
}

// fileClose is close(): flush, then close the OS file. Closing twice is
// allowed.
func fileClose(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := fileNoArgs("close", self, args, kwnames); err != nil {
		return Value{}, err
	}
	f := fileSelf(self)
	if f.detached {
		return Value{}, f.detachedError()
	}
	var flushErr error
	if f.typ.Flags&FlagHeapType != 0 && !f.s.core.closed {
		// A subclass's close calls its own flush first, as CPython's does.
		_, flushErr = CallMethod(th, self, "flush")
	}
	f.s.core.res.Close(th)
	if err := f.s.core.close(); err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	if flushErr != nil {
		return Value{}, flushErr
	}
	return None, nil
}

// fileNoArgs checks that a file method taking no arguments got none; the
// messages name it as CPython does, by the file's class
// ("TextIOWrapper.close()").
func fileNoArgs(name string, self Value, args []Value, kwnames []string) error {
	if len(args) == 0 {
		return nil
	}
	return CheckArgCount(self.Type().Name+"."+name, args, kwnames, 0, 0)
}

// fileSizeArg reads the optional size argument of read/readline/readlines
// (None or absent means -1).
func fileSizeArg(th *Thread, fname string, args []Value, kwnames []string) (int64, error) {
	if err := CheckArgCount(fname, args, kwnames, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	if args[0].Type().Index == nil && !args[0].IsSmallInt() {
		return 0, Errorf(TypeError, "argument should be integer or None, not '%s'", TypeName(args[0]))
	}
	return AsInt(th, args[0])
}

// The io module: open and the file types; StringIO and BytesIO come from
// stringio.go.
// ioModuleInit makes the io module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func ioModuleInit(th *Thread, m *Module) error {
	m.AddFunction("open", Open)
	m.Set("DEFAULT_BUFFER_SIZE", Int(fileBufferSize))
	m.Set("SEEK_SET", Int(0))
	m.Set("SEEK_CUR", Int(1))
	m.Set("SEEK_END", Int(2))
	m.Set("UnsupportedOperation", ValueOf(UnsupportedOperation))
	for _, t := range []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, FileIOType} {
		m.Set(t.Name, ValueOf(t))
	}
	m.Set("IOBase", ValueOf(IOBaseType))
	m.Set("RawIOBase", ValueOf(RawIOBaseType))
	ioAddMemoryStreams(m)
	return nil
}
