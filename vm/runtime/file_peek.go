package runtime

import (
	"io"
	"os"
	"syscall"
)

// This file defines BufferedReader.peek and BufferedRandom.peek with
// CPython's results. CPython's peek returns what its buffer holds after
// the position, or, when that is nothing, one raw read of a whole buffer
// (st_blksize bytes, or the buffering argument): so how much it returns
// depends on where the reads before it left CPython's buffer. Kiln's own
// read buffer is laid out differently, so each binary stream keeps the
// window CPython's buffer would hold, relative to the position: the reads,
// readlines and seeks of the binary views move it as CPython's
// _bufferedreader_read_generic, _buffered_readline and buffered seek move
// theirs, and peek returns that many bytes of Kiln's buffer.

// filePeekWindow is CPython's read buffer around a binary stream's
// position: ahead bytes after it (up to the end of the file), back bytes
// before it. ahead 0 means an empty buffer.
type filePeekWindow struct {
	ahead, back int64
}

// fileBlockSize is the buffer size CPython gives a buffered binary file:
// the buffering argument if above 1, else the file's st_blksize if above
// 1, else io.DEFAULT_BUFFER_SIZE. info is the file's Stat (or nil), which
// open() has made already.
func fileBlockSize(info os.FileInfo, buffering int64) int64 {
	if buffering > 1 {
		return buffering
	}
	if info != nil {
		if st, ok := info.Sys().(*syscall.Stat_t); ok && st.Blksize > 1 {
			return int64(st.Blksize)
		}
	}
	return fileBufferSize
}

// peekAfterRead moves the window over a read(n) that returned got bytes.
func (s *fileStream) peekAfterRead(n, got int) {
	w, b := &s.peek, s.blockSize
	if int64(n) <= w.ahead {
		w.ahead -= int64(n)
		w.back += int64(n)
		return
	}
	rest := int64(n) - w.ahead
	rest -= b * (rest / b) // read straight from the file, whole blocks
	if got < n || rest == 0 {
		*w = filePeekWindow{} // at the end of the file, or nothing buffered
		return
	}
	*w = filePeekWindow{ahead: b - rest, back: rest}
}

// peekAfterLine moves the window over a readline that returned n bytes;
// complete says the line ended with its newline.
func (s *fileStream) peekAfterLine(n int, complete bool) {
	w, b := &s.peek, s.blockSize
	switch {
	case !complete:
		*w = filePeekWindow{}
	case int64(n) <= w.ahead:
		w.ahead -= int64(n)
		w.back += int64(n)
	default:
		// CPython fills whole buffers from where its buffer ended until
		// one holds the newline.
		need := int64(n) - w.ahead
		fills := (need + b - 1) / b
		*w = filePeekWindow{ahead: fills*b - need, back: b - (fills*b - need)}
	}
}

// peekAfterSeek moves the window over a seek by delta bytes from the
// position: CPython keeps its buffer for a target inside it when it holds
// bytes after the position (avail, up to the end of the file).
func (s *fileStream) peekAfterSeek(delta, avail int64) {
	w := &s.peek
	if avail > 0 && delta >= -w.back && delta <= avail {
		w.ahead -= delta
		w.back += delta
		return
	}
	*w = filePeekWindow{}
}

// peekBeforeSeek moves the window over seek(off, whence), before it.
func (s *fileStream) peekBeforeSeek(off int64, whence int) {
	if s.peek.ahead == 0 || whence == io.SeekEnd {
		s.peek = filePeekWindow{}
		return
	}
	cur, err := s.core.f.Seek(0, io.SeekCurrent)
	info, serr := s.core.f.Stat()
	if err != nil || serr != nil {
		s.peek = filePeekWindow{}
		return
	}
	pos := cur - s.readAhead()
	delta := off
	if whence == io.SeekStart {
		delta = off - pos
	}
	s.peekAfterSeek(delta, min(s.peek.ahead, info.Size()-pos))
}

// peekBuffered makes sure Kiln's buffer holds the next n bytes, or all
// that is left of the file, and returns how many it holds, at most n.
func (s *fileStream) peekBuffered(n int64) (int64, error) {
	s.resetEOF()
	for int64(len(s.rbuf)-s.rpos) < n {
		more, err := s.fill()
		if err != nil {
			return 0, err
		}
		if !more {
			break
		}
	}
	return min(n, int64(len(s.rbuf)-s.rpos)), nil
}

// filePeek is BufferedReader.peek and BufferedRandom.peek: the bytes of
// CPython's buffer after the position, after one read of a whole buffer
// from the file if it holds none, without moving the position. As in
// CPython the size argument is only checked. BufferedRandom flushes and
// forgets its buffer first, so it always reads a whole buffer.
func filePeek(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("peek", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		if _, err := AsInt(th, args[0]); err != nil {
			return Value{}, err
		}
	}
	f := fileSelf(self)
	if f.detached {
		return Value{}, f.detachedError()
	}
	if f.unusable() {
		return Value{}, Errorf(ValueError, "peek of closed file")
	}
	s := f.s
	if err := s.prepareRead(); err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	if s.pyReader {
		return s.pyPeek()
	}
	if s.writable {
		s.peek = filePeekWindow{}
	}
	n, err := s.peekBuffered(s.peek.ahead)
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		s.peek = filePeekWindow{ahead: s.blockSize}
		if n, err = s.peekBuffered(s.blockSize); err != nil {
			return Value{}, err
		}
	}
	return NewBytes(append([]byte(nil), s.rbuf[s.rpos:s.rpos+int(n)]...)), nil
}

func init() {
	BufferedReaderType.AddMethod("peek", filePeek)
	BufferedRandomType.AddMethod("peek", filePeek)
}
