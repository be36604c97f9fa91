package runtime

// This file defines the read methods of the binary layers beyond read and
// readline: FileIO.readall and readinto, and read1, readinto and
// readinto1 of BufferedReader and BufferedRandom, with CPython's messages
// and the effect on the buffer window that peek reports (file_peek.go).

// fileReadable checks that self is open and readable, with CPython's
// messages for the method op, and flushes pending writes.
func fileReadable(self Value, op string) (*File, error) {
	f := fileSelf(self)
	switch {
	case f.detached:
		return nil, f.detachedError()
	case f.s.core.closed && f.kind == fileRaw:
		return nil, Errorf(ValueError, "I/O operation on closed file")
	case f.s.core.closed:
		return nil, Errorf(ValueError, "%s of closed file", op)
	case !f.s.readable && op == "readall":
		return nil, NewOSError(9, "", "") // EBADF, from the read itself
	case !f.s.readable:
		return nil, NewException(UnsupportedOperation, NewStr("File not open for reading"))
	}
	if err := f.s.prepareRead(); err != nil {
		return nil, err
	}
	return f, nil
}

// fileReadintoTarget returns the writable storage of readinto's argument.
func fileReadintoTarget(f *File, v Value) ([]byte, error) {
	dst, ok := WritableBytes(v)
	if !ok {
		arg := "argument"
		if f.kind == fileRaw {
			arg = "argument 1"
		}
		return nil, Errorf(TypeError, "readinto() %s must be read-write bytes-like object, not %s", arg, TypeName(v))
	}
	return dst, nil
}

// fileReadinto is readinto (one false) and readinto1 (one true).
func fileReadinto(name string, one bool) func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	return func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		f, err := fileReadable(self, "readinto")
		if err != nil {
			return Value{}, err
		}
		dst, err := fileReadintoTarget(f, args[0])
		if err != nil {
			return Value{}, err
		}
		s := f.s
		if s.pyReader {
			return s.pyReadinto(dst, one)
		}
		want := len(dst)
		if one && s.blockSize > 0 {
			// readinto1 returns only the buffered bytes when there are any.
			have, err := s.peekBuffered(s.peek.ahead)
			if err != nil {
				return Value{}, err
			}
			if have > 0 {
				want = min(want, int(have))
			}
		}
		b, err := s.readBytes(want)
		if err != nil {
			return Value{}, err
		}
		if s.blockSize > 0 {
			s.peekAfterReadinto(len(dst), want, len(b), one)
		}
		copy(dst, b)
		return Int(int64(len(b))), nil
	}
}

// peekAfterReadinto moves the window over readinto of a buffer of size
// bytes that read want bytes and got got.
func (s *fileStream) peekAfterReadinto(size, want, got int, one bool) {
	w, b := &s.peek, s.blockSize
	switch rest := int64(size) - w.ahead; {
	case int64(size) <= w.ahead:
		w.ahead -= int64(size)
		w.back += int64(size)
	case got < want, one && w.ahead > 0, rest > b:
		*w = filePeekWindow{} // the end of the file, the buffered bytes only, or a direct read
	default:
		*w = filePeekWindow{ahead: b - rest, back: rest}
	}
}

// fileRead1 is BufferedReader.read1: the buffered bytes if there are any,
// else one read from the file, of at most size bytes (a buffer's worth
// when size is negative).
func fileRead1(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("read1", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	size := int64(-1)
	if len(args) == 1 {
		var err error
		if size, err = AsInt(th, args[0]); err != nil {
			return Value{}, err
		}
	}
	f, err := fileReadable(self, "read")
	if err != nil {
		return Value{}, err
	}
	s := f.s
	if s.pyReader {
		return s.pyRead1(size)
	}
	if size < 0 {
		size = s.blockSize
	}
	if have, err := s.peekBuffered(s.peek.ahead); err != nil {
		return Value{}, err
	} else if have > 0 {
		size = min(size, have)
		s.peek.ahead -= size
		s.peek.back += size
	} else {
		s.peek = filePeekWindow{}
		// One read from the file at most: a socket or pipe returns what
		// has arrived, and waiting for size bytes could wait forever.
		s.resetEOF()
		if len(s.rbuf) == s.rpos {
			if _, err := s.fill(); err != nil {
				return Value{}, err
			}
		}
		size = min(size, int64(len(s.rbuf)-s.rpos))
	}
	b, err := s.readBytes(int(size))
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

// fileReadall is FileIO.readall.
func fileReadall(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("readall", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	f, err := fileReadable(self, "readall")
	if err != nil {
		return Value{}, err
	}
	b, err := f.s.readAll()
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

func init() {
	FileIOType.AddMethod("readall", fileReadall)
	FileIOType.AddMethod("readinto", fileReadinto("readinto", false))
	for _, t := range []*Type{BufferedReaderType, BufferedRandomType} {
		t.AddMethod("read1", fileRead1)
		t.AddMethod("readinto", fileReadinto("readinto", false))
		t.AddMethod("readinto1", fileReadinto("readinto1", true))
	}
}
