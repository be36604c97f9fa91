package runtime

import "bytes"

// This file is the read side of io.BufferedReader over a Python raw stream
// (a RawIOBase subclass, socket.SocketIO, BytesIO): CPython's algorithms
// of Modules/_io/bufferedio.c, so that the program's readinto sees the
// calls CPython makes, of the sizes it asks, and peek, read1 and readinto1
// return what CPython's buffer holds. A read never asks the raw stream
// for more than the call needs, which matters on a socket: waiting for a
// whole buffer could wait forever.
//
// The stream's read buffer is CPython's: rbuf is buffer[:read_end] (its
// capacity is buffer_size) and rpos is pos, so readAhead, tell and seek
// of file.go see the same buffer. CPython's reset (read_end = -1) is an
// empty rbuf: its next fill starts at the buffer's start either way.

// pyReset empties the buffer (CPython's _bufferedreader_reset_buf).
func (s *fileStream) pyReset() {
	s.rbuf, s.rpos = s.rbuf[:0], 0
}

// pyRawRead is _bufferedreader_raw_read: one raw.readinto(memoryview)
// into b. As CPython's, the view is of the destination itself (the buffer
// or the result), so nothing is copied; the bytearray under it has b's
// length as its capacity, so that a raw stream resizing it through
// .obj cannot write past b. none says the raw stream returned None (no
// data without blocking).
func (s *fileStream) pyRawRead(b []byte) (n int, none bool, err error) {
	p := s.core.py
	arr := &Bytes{Object: Object{typ: ByteArrayType}, b: b[:len(b):len(b)]}
	v, err := CallMethod(p.th, p.obj, "readinto", ValueOf(newByteView(ValueOf(arr), arr, false)))
	if err != nil {
		return 0, false, err
	}
	if v.IsNone() {
		return 0, true, nil
	}
	got, err := AsInt(p.th, v)
	if err != nil {
		return 0, false, err
	}
	if got < 0 || got > int64(len(b)) {
		return 0, false, Errorf(OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, len(b))
	}
	if s.pyAbsPos >= 0 {
		s.pyAbsPos += got
	}
	return int(got), false, nil
}

// pyRawTell is _buffered_raw_tell: raw.tell(), remembered.
func (s *fileStream) pyRawTell() (int64, error) {
	p := s.core.py
	v, err := CallMethod(p.th, p.obj, "tell")
	if err != nil {
		return 0, err
	}
	pos, err := AsInt(p.th, v)
	if err != nil {
		return 0, err
	}
	if pos < 0 {
		return 0, Errorf(OSError, "Raw stream returned invalid position %d", pos)
	}
	s.pyAbsPos = pos
	return pos, nil
}

// pySeekInBuffer is the start of CPython's buffered seek: a target within
// the buffer moves pos and asks nothing of the raw stream. ok says it did.
func (s *fileStream) pySeekInBuffer(target int64, whence int) (pos int64, ok bool, err error) {
	avail := int64(len(s.rbuf) - s.rpos)
	if whence == 2 || avail == 0 {
		return 0, false, nil
	}
	current := s.pyAbsPos
	if current < 0 {
		if current, err = s.pyRawTell(); err != nil {
			return 0, false, err
		}
	}
	offset := target
	if whence == 0 {
		offset = target - (current - avail)
	}
	if offset < -int64(s.rpos) || offset > avail {
		return 0, false, nil
	}
	s.rpos += int(offset)
	return current - avail + offset, true, nil
}

// pyFillBuffer is _bufferedreader_fill_buffer: one raw read into the rest
// of the buffer.
func (s *fileStream) pyFillBuffer() (int, bool, error) {
	if s.rbuf == nil {
		s.rbuf = make([]byte, 0, s.blockSize)
	}
	start := len(s.rbuf)
	n, none, err := s.pyRawRead(s.rbuf[start:cap(s.rbuf)])
	s.rbuf = s.rbuf[:start+n]
	return n, none, err
}

// pyTake returns a copy of the next n buffered bytes and consumes them.
func (s *fileStream) pyTake(n int) []byte {
	b := append([]byte(nil), s.rbuf[s.rpos:s.rpos+n]...)
	s.rpos += n
	return b
}

// pyRead is read(n): n < 0 reads to the end of the stream.
func (s *fileStream) pyRead(n int64) (Value, error) {
	if n < 0 {
		return s.pyReadAll()
	}
	have := len(s.rbuf) - s.rpos
	if int(n) <= have {
		return NewBytes(s.pyTake(int(n))), nil
	}
	out := make([]byte, n)
	written := copy(out, s.rbuf[s.rpos:])
	s.pyReset()
	remaining := int(n) - written
	// Whole buffers go straight into the result; the last part through
	// the buffer.
	for remaining > 0 {
		r := int64(remaining) - int64(remaining)%s.blockSize
		if r == 0 {
			break
		}
		got, none, err := s.pyRawRead(out[written : written+int(r)])
		if err != nil {
			return Value{}, err
		}
		if got == 0 || none {
			return pyReadResult(trimmed(out[:written]), none), nil
		}
		remaining -= got
		written += got
	}
	for remaining > 0 && len(s.rbuf) < int(s.blockSize) {
		got, none, err := s.pyFillBuffer()
		if err != nil {
			return Value{}, err
		}
		if got == 0 || none {
			return pyReadResult(trimmed(out[:written]), none), nil
		}
		k := min(remaining, got)
		copy(out[written:], s.pyTake(k))
		written += k
		remaining -= k
	}
	return NewBytes(out[:written]), nil
}

// pyReadResult is what a read that met the end of the stream or a raw
// read returning None gives: the bytes read, or None if there are none
// and the raw stream had none to give.
func pyReadResult(b []byte, none bool) Value {
	if none && len(b) == 0 {
		return None
	}
	return NewBytes(b)
}

// pyReadAll is _bufferedreader_read_all: the buffered bytes, then the raw
// stream's readall() (or its read() until the end or None).
func (s *fileStream) pyReadAll() (Value, error) {
	data := s.pyTake(len(s.rbuf) - s.rpos)
	s.pyReset()
	p := s.core.py
	if readall, ok, err := GetAttrOK(p.th, p.obj, "readall"); err != nil {
		return Value{}, err
	} else if ok {
		rest, err := Call(p.th, readall, nil, nil)
		if err != nil {
			return Value{}, err
		}
		if !rest.IsNone() && rest.Type() != BytesType {
			return Value{}, Errorf(TypeError, "readall() should return bytes")
		}
		switch {
		case len(data) == 0:
			return rest, nil
		case rest.IsNone():
			return NewBytes(data), nil
		}
		return NewBytes(append(data, BytesValue(rest)...)), nil
	}
	for {
		chunk, err := CallMethod(p.th, p.obj, "read")
		if err != nil {
			return Value{}, err
		}
		if !chunk.IsNone() && chunk.Type() != BytesType {
			return Value{}, Errorf(TypeError, "read() should return bytes")
		}
		if chunk.IsNone() || len(BytesValue(chunk)) == 0 {
			if len(data) == 0 {
				return chunk, nil
			}
			return NewBytes(data), nil
		}
		data = append(data, BytesValue(chunk)...)
	}
}

// pyRead1 is read1(n): the buffered bytes if there are any, else one raw
// read of n bytes (a buffer's worth when n < 0).
func (s *fileStream) pyRead1(n int64) (Value, error) {
	if n < 0 {
		n = s.blockSize
	}
	if n == 0 {
		return NewBytes(nil), nil
	}
	if have := len(s.rbuf) - s.rpos; have > 0 {
		return NewBytes(s.pyTake(min(have, int(n)))), nil
	}
	s.pyReset()
	if s.rbuf == nil {
		s.rbuf = make([]byte, 0, s.blockSize)
	}
	// CPython reads into the result; here the read goes into the empty
	// buffer, or for more than it holds a scratch array kept for the next
	// call (up to pyScratchMax), and the result is a copy of what came: a
	// large n on a stream that returns little allocates only what it
	// returns.
	var out []byte
	switch {
	case n <= int64(cap(s.rbuf)):
		out = s.rbuf[:n]
	case n <= int64(cap(s.pyScratch)):
		out = s.pyScratch[:n]
	case n <= pyScratchMax:
		s.pyScratch = make([]byte, n)
		out = s.pyScratch
	default:
		out = make([]byte, n)
	}
	got, _, err := s.pyRawRead(out)
	if err != nil {
		return Value{}, err
	}
	return NewBytes(bytes.Clone(out[:got])), nil
}

// pyPeek is peek(): the buffered bytes, or one fill of an empty buffer.
func (s *fileStream) pyPeek() (Value, error) {
	if have := len(s.rbuf) - s.rpos; have > 0 {
		return NewBytes(append([]byte(nil), s.rbuf[s.rpos:]...)), nil
	}
	s.pyReset()
	if _, _, err := s.pyFillBuffer(); err != nil {
		return Value{}, err
	}
	return NewBytes(append([]byte(nil), s.rbuf...)), nil
}

// pyReadline is _buffered_readline: up to limit bytes (no limit if
// negative) through the next newline, filling whole buffers.
func (s *fileStream) pyReadline(limit int64) (Value, error) {
	n := len(s.rbuf) - s.rpos
	if limit >= 0 && int64(n) > limit {
		n = int(limit)
	}
	if i := bytes.IndexByte(s.rbuf[s.rpos:s.rpos+n], '\n'); i >= 0 {
		return NewBytes(s.pyTake(i + 1)), nil
	}
	if int64(n) == limit {
		return NewBytes(s.pyTake(n)), nil
	}
	line := s.pyTake(n)
	if limit >= 0 {
		limit -= int64(n)
	}
	for {
		s.pyReset()
		got, _, err := s.pyFillBuffer()
		if err != nil {
			return Value{}, err
		}
		if got == 0 {
			break
		}
		if limit >= 0 && int64(got) > limit {
			got = int(limit)
		}
		if i := bytes.IndexByte(s.rbuf[:got], '\n'); i >= 0 {
			got = i + 1
			line = append(line, s.pyTake(got)...)
			break
		}
		line = append(line, s.pyTake(got)...)
		if int64(got) == limit {
			break
		}
		if limit >= 0 {
			limit -= int64(got)
		}
	}
	return NewBytes(line), nil
}

// pyReadinto is _buffered_readinto_generic: readinto (one false) and
// readinto1 (one true) into dst.
func (s *fileStream) pyReadinto(dst []byte, one bool) (Value, error) {
	have := len(s.rbuf) - s.rpos
	if have >= len(dst) {
		copy(dst, s.pyTake(len(dst)))
		return Int(int64(len(dst))), nil
	}
	written := copy(dst, s.pyTake(have))
	s.pyReset()
	for remaining := len(dst) - written; remaining > 0; {
		var n int
		var none bool
		var err error
		switch {
		case int64(remaining) > s.blockSize:
			n, none, err = s.pyRawRead(dst[written:])
		case !(one && written > 0):
			n, none, err = s.pyFillBuffer()
			if err == nil && n > 0 {
				n = min(n, remaining)
				copy(dst[written:], s.pyTake(n))
				written += n
				remaining -= n
				continue
			}
		}
		if err != nil {
			return Value{}, err
		}
		if n == 0 && !none || none && written > 0 {
			break
		}
		if none {
			return None, nil
		}
		written += n
		remaining -= n
		if one {
			break
		}
	}
	return Int(int64(written)), nil
}

// pyScratchMax is the largest read1 request whose array a stream keeps
// for the next one.
const pyScratchMax = 1 << 20

// trimmed returns b, or a copy of it when b uses less than half of its
// array: a short read must not keep a large request's array alive.
func trimmed(b []byte) []byte {
	if len(b) < cap(b)/2 {
		return bytes.Clone(b)
	}
	return b
}
