package runtime

// This file defines io.BufferedRWPair, CPython's buffered object over two
// raw streams, one read and one written (socket.makefile("rw") builds one
// over the same SocketIO twice). As in CPython it is a pair of a
// BufferedReader and a BufferedWriter (the wrappers of file_wrap.go),
// and each method forwards to one of them, so errors and closed-stream
// messages are theirs ("read of closed file", "write to closed file").
// Its own state is only the two buffered objects: the writer holds what
// is not yet written and is in the registry of open files, so a pair the
// program drops, or leaves open at exit, still writes its data.

// BufferedRWPairType is io.BufferedRWPair.
var BufferedRWPairType = NewBuiltinType("BufferedRWPair", BufferedIOBaseType, LayoutOther, FlagBaseType|FlagHasDict|FlagQualifiedName)

// bufferedRWPair is a BufferedRWPair: the BufferedReader over the stream
// read and the BufferedWriter over the stream written. Both are zero until
// __init__ has run.
type bufferedRWPair struct {
	Object
	reader, writer Value
}

// rwPairSide returns the buffered object a method of the pair forwards
// to, refusing a pair whose __init__ has not run.
func rwPairSide(self Value, writer bool) (Value, error) {
	p := as[bufferedRWPair](self)
	side := p.reader
	if writer {
		side = p.writer
	}
	if !side.IsValid() {
		return Value{}, Errorf(ValueError, "I/O operation on uninitialized object")
	}
	return side, nil
}

// rwPairInit is BufferedRWPair.__init__(reader, writer, buffer_size=8192, /):
// the checks and the two buffered objects of CPython's, in its order.
func rwPairInit(th *Thread, self Value, args []Value, kwnames []string) error {
	if err := NoKwargs("BufferedRWPair", kwnames); err != nil {
		return err
	}
	if len(args) < 2 {
		return Errorf(TypeError, "BufferedRWPair expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return Errorf(TypeError, "BufferedRWPair expected at most 3 arguments, got %d", len(args))
	}
	for i, c := range [2]string{"readable", "writable"} {
		ok, err := CallMethod(th, args[i], c)
		if err != nil {
			return err
		}
		if ok != True {
			return NewException(UnsupportedOperation, NewStr("File or stream is not "+c+"."))
		}
	}
	size := Int(fileBufferSize)
	if len(args) == 3 {
		if args[2].Type().Index == nil && !args[2].IsSmallInt() {
			return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[2]))
		}
		size = args[2]
	}
	reader, err := newBufferedWrapper(th, BufferedReaderType, []Value{args[0], size}, nil)
	if err != nil {
		return err
	}
	writer, err := newBufferedWrapper(th, BufferedWriterType, []Value{args[1], size}, nil)
	if err != nil {
		return err
	}
	p := as[bufferedRWPair](self)
	p.reader, p.writer = reader, writer
	return nil
}

// rwPairForward adds methods that call the same method of the reader (or
// the writer) with the same positional arguments.
func rwPairForward(writer bool, names ...string) {
	for _, name := range names {
		BufferedRWPairType.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs("BufferedRWPair."+name, kwnames); err != nil {
				return Value{}, err
			}
			side, err := rwPairSide(self, writer)
			if err != nil {
				return Value{}, err
			}
			m, err := GetAttr(th, side, name)
			if err != nil {
				return Value{}, err
			}
			return Call(th, m, args, nil)
		})
	}
}

func init() {
	t := BufferedRWPairType
	t.Module = "_io"
	t.Repr = defaultRepr
	t.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		return ValueOf(&bufferedRWPair{Object: containerInstanceHeader(t)}), nil
	}
	t.Init = rwPairInit
	rwPairForward(false, "read", "peek", "read1", "readinto", "readinto1", "readable")
	rwPairForward(true, "write", "flush", "writable")
	// close closes the writer (writing what it holds), then the reader,
	// whose error, if both fail, has the writer's as its context.
	ioMethod0(t, "close", func(th *Thread, self Value) (Value, error) {
		writer, err := rwPairSide(self, true)
		if err != nil {
			return Value{}, err
		}
		reader, _ := rwPairSide(self, false)
		_, werr := CallMethod(th, writer, "close")
		_, rerr := CallMethod(th, reader, "close")
		if rerr != nil {
			if we, re := AsException(werr), AsException(rerr); we != nil && re != nil && !re.Context.IsValid() {
				re.Context = ValueOf(we)
			}
			return Value{}, rerr
		}
		return None, werr
	})
	ioMethod0(t, "isatty", func(th *Thread, self Value) (Value, error) {
		writer, err := rwPairSide(self, true)
		if err != nil {
			return Value{}, err
		}
		if r, err := CallMethod(th, writer, "isatty"); err != nil || r != False {
			return r, err
		}
		reader, _ := rwPairSide(self, false)
		return CallMethod(th, reader, "isatty")
	})
	t.AddGetSet("closed", func(th *Thread, self Value) (Value, error) {
		writer := as[bufferedRWPair](self).writer
		if !writer.IsValid() {
			return Value{}, Errorf(RuntimeError, "the BufferedRWPair object is being garbage-collected")
		}
		return GetAttr(th, writer, "closed")
	}, nil)
}
