package structmod

import (
	"strconv"

	"github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the Python face of the struct module: the module
// functions, Struct objects and the iterator of iter_unpack.

// structObject is a Struct: a compiled format.
type structObject struct {
	runtime.Object
	l *layout
}

// unpackIterator is the iterator iter_unpack returns.
type unpackIterator struct {
	runtime.Object
	l   *layout
	buf []byte
	pos int
}

func structSelf(v runtime.Value) *structObject { return (*structObject)(v.Pointer()) }

// packArgs checks the number of values to pack.
func packArgs(l *layout, fname string, args []runtime.Value) error {
	if len(args) != l.nargs {
		return shared.errorf(fname + " expected " + itoa(l.nargs) + " items for packing (got " + itoa(len(args)) + ")")
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func doPack(th *runtime.Thread, l *layout, args []runtime.Value) (runtime.Value, error) {
	if err := packArgs(l, "pack", args); err != nil {
		return runtime.Value{}, err
	}
	out := make([]byte, l.size)
	if err := shared.pack(th, l, out, args); err != nil {
		return runtime.Value{}, err
	}
	return runtime.NewBytes(out), nil
}

// readBuffer is a bytes-like argument to unpack from.
func readBuffer(v runtime.Value) ([]byte, error) {
	b, ok := runtime.BytesLike(v)
	if !ok {
		return nil, runtime.Errorf(runtime.TypeError, "a bytes-like object is required, not '%s'", runtime.TypeName(v))
	}
	return b, nil
}

func doUnpack(l *layout, v runtime.Value) (runtime.Value, error) {
	b, err := readBuffer(v)
	if err != nil {
		return runtime.Value{}, err
	}
	if len(b) != l.size {
		return runtime.Value{}, shared.errorf("unpack requires a buffer of " + itoa(l.size) + " bytes")
	}
	return shared.unpack(l, b)
}

// recordOffset resolves the offset of a record of size bytes in a buffer
// of n bytes (negative offsets count from the end) and checks that the
// record fits, with the messages of pack_into and unpack_from.
func recordOffset(off, n, size int, fname, verb, tooClose string) (int, error) {
	if off < 0 {
		if off+size > 0 {
			return 0, shared.errorf(tooClose + " " + itoa(size) + " bytes at offset " + itoa(off))
		}
		if off+n < 0 {
			return 0, shared.errorf("offset " + itoa(off) + " out of range for " + itoa(n) + "-byte buffer")
		}
		off += n
	}
	if n-off < size {
		return 0, shared.errorf(fname + " requires a buffer of at least " + itoa(size+off) + " bytes for " + verb + " " +
			itoa(size) + " bytes at offset " + itoa(off) + " (actual buffer size is " + itoa(n) + ")")
	}
	return off, nil
}

func doUnpackFrom(th *runtime.Thread, l *layout, bufV, offV runtime.Value) (runtime.Value, error) {
	b, err := readBuffer(bufV)
	if err != nil {
		return runtime.Value{}, err
	}
	off := 0
	if offV.IsValid() {
		o, err := runtime.AsInt(th, offV)
		if err != nil {
			return runtime.Value{}, err
		}
		off = int(o)
	}
	off, err = recordOffset(off, len(b), l.size, "unpack_from", "unpacking", "not enough data to unpack")
	if err != nil {
		return runtime.Value{}, err
	}
	return shared.unpack(l, b[off:off+l.size])
}

// doPackInto is pack_into(buffer, offset, *values) after the format.
func doPackInto(th *runtime.Thread, l *layout, args []runtime.Value) (runtime.Value, error) {
	switch len(args) {
	case 0:
		return runtime.Value{}, shared.errorf("pack_into expected buffer argument")
	case 1:
		return runtime.Value{}, shared.errorf("pack_into expected offset argument")
	}
	values := args[2:]
	if err := packArgs(l, "pack_into", values); err != nil {
		return runtime.Value{}, err
	}
	b, ok := runtime.WritableBytes(args[0])
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "argument must be read-write bytes-like object, not %s", runtime.TypeName(args[0]))
	}
	o, err := runtime.AsInt(th, args[1])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := recordOffset(int(o), len(b), l.size, "pack_into", "packing", "no space to pack")
	if err != nil {
		return runtime.Value{}, err
	}
	// As in CPython, the record is zeroed (padding included) and then
	// packed in place: a bad value leaves the items before it written.
	out := b[off : off+l.size]
	clear(out)
	if err := shared.pack(th, l, out, values); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func doIterUnpack(l *layout, v runtime.Value) (runtime.Value, error) {
	b, err := readBuffer(v)
	if err != nil {
		return runtime.Value{}, err
	}
	if l.size == 0 {
		return runtime.Value{}, shared.errorf("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return runtime.Value{}, shared.errorf("iterative unpacking requires a buffer of a multiple of " + itoa(l.size) + " bytes")
	}
	it := &unpackIterator{Object: runtime.NewObjectHeader(unpackIteratorType), l: l, buf: b}
	return runtime.ValueOf(it), nil
}

// structFormat parses the one format argument of Struct() and
// Struct.__init__.
func structFormat(args []runtime.Value, kwnames []string) (*layout, error) {
	if len(args) > 1 {
		return nil, runtime.Errorf(runtime.TypeError, "Struct() takes at most 1 argument (%d given)", len(args))
	}
	var format runtime.Value
	if err := runtime.UnpackArgs("Struct", args, kwnames, "format", &format); err != nil {
		return nil, err
	}
	return shared.formatOf(format, "Struct()")
}

// formatArg splits the leading format argument off a module function's
// arguments.
func formatArg(fname string, args []runtime.Value, kwnames []string) (*layout, []runtime.Value, error) {
	if err := runtime.NoKwargs("_struct."+fname, kwnames); err != nil {
		return nil, nil, err
	}
	if len(args) == 0 {
		return nil, nil, runtime.Errorf(runtime.TypeError, "missing format argument")
	}
	l, err := shared.formatOf(args[0], "Struct()")
	return l, args[1:], err
}

// structSetup makes the methods of Struct and its iterator at the
// module's first import, not in every process's start-up.
var structSetup = runtime.DeferTypeSetup(setupTypes, StructType, unpackIteratorType)

func init() {
	ErrorType.Module = "struct"
	runtime.RegisterModule("struct", func(th *runtime.Thread, m *runtime.Module) error {
		structSetup.Ensure()
		m.Set("error", runtime.ValueOf(ErrorType))
		m.Set("Struct", runtime.ValueOf(StructType))
		m.AddFunction("pack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			l, rest, err := formatArg("pack", args, kwnames)
			if err != nil {
				return runtime.Value{}, err
			}
			return doPack(th, l, rest)
		})
		m.AddFunction("pack_into", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			l, rest, err := formatArg("pack_into", args, kwnames)
			if err != nil {
				return runtime.Value{}, err
			}
			return doPackInto(th, l, rest)
		})
		m.AddFunction("unpack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.CheckClinicArgs("_struct.unpack", args, kwnames, 2, 2); err != nil {
				return runtime.Value{}, err
			}
			l, err := shared.formatOf(args[0], "Struct()")
			if err != nil {
				return runtime.Value{}, err
			}
			return doUnpack(l, args[1])
		})
		m.AddFunction("unpack_from", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			var format, buffer, offset runtime.Value
			if err := runtime.UnpackArgs("unpack_from", args, kwnames, "format", &format, "/", nil, "buffer", &buffer, "offset?", &offset); err != nil {
				return runtime.Value{}, err
			}
			l, err := shared.formatOf(format, "Struct()")
			if err != nil {
				return runtime.Value{}, err
			}
			return doUnpackFrom(th, l, buffer, offset)
		})
		m.AddFunction("iter_unpack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.CheckClinicArgs("_struct.iter_unpack", args, kwnames, 2, 2); err != nil {
				return runtime.Value{}, err
			}
			l, err := shared.formatOf(args[0], "Struct()")
			if err != nil {
				return runtime.Value{}, err
			}
			return doIterUnpack(l, args[1])
		})
		m.AddFunction("calcsize", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.CheckArgCount("_struct.calcsize", args, kwnames, 1, 1); err != nil {
				return runtime.Value{}, err
			}
			l, err := shared.formatOf(args[0], "Struct()")
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.Int(int64(l.size)), nil
		})
		m.AddFunction("_clearcache", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			shared.mu.Lock()
			clear(shared.cache)
			shared.mu.Unlock()
			return runtime.None, nil
		})
		return nil
	})
}

// setupTypes fills in the slots and methods of Struct and unpack_iterator.
func setupTypes() {
	StructType.Module = "_struct"
	unpackIteratorType.Module = "_struct"

	t := StructType
	t.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l, err := structFormat(args, kwnames)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.ValueOf(&structObject{Object: runtime.NewObjectHeader(t), l: l}), nil
	}
	// As in CPython 3.12, __init__ (re)sets the format: Struct.__init__(s,
	// "i") turns s into an "i" struct. New has already parsed the same
	// format for a plain Struct(...) call; the parse is cached.
	t.Init = func(th *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) error {
		l, err := structFormat(args, kwnames)
		if err == nil {
			structSelf(self).l = l
		}
		return err
	}
	t.AddGetSet("format", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return runtime.NewStr(structSelf(v).l.format), nil
	}, nil)
	t.AddGetSet("size", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(structSelf(v).l.size)), nil
	}, nil)
	t.AddMethod("pack", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.NoKwargs("Struct.pack", kwnames); err != nil {
			return runtime.Value{}, err
		}
		return doPack(th, structSelf(v).l, args)
	})
	t.AddMethod("pack_into", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.NoKwargs("Struct.pack_into", kwnames); err != nil {
			return runtime.Value{}, err
		}
		return doPackInto(th, structSelf(v).l, args)
	})
	t.AddMethod("unpack", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("Struct.unpack", args, kwnames, 1, 1); err != nil {
			return runtime.Value{}, err
		}
		return doUnpack(structSelf(v).l, args[0])
	})
	t.AddMethod("unpack_from", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var buffer, offset runtime.Value
		if err := runtime.UnpackArgs("unpack_from", args, kwnames, "buffer", &buffer, "offset?", &offset); err != nil {
			return runtime.Value{}, err
		}
		return doUnpackFrom(th, structSelf(v).l, buffer, offset)
	})
	t.AddMethod("iter_unpack", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("Struct.iter_unpack", args, kwnames, 1, 1); err != nil {
			return runtime.Value{}, err
		}
		return doIterUnpack(structSelf(v).l, args[0])
	})

	it := unpackIteratorType
	it.Iter = func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	it.Next = func(th *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		u := (*unpackIterator)(v.Pointer())
		if u.pos >= len(u.buf) {
			return runtime.Value{}, false, nil
		}
		r, err := shared.unpack(u.l, u.buf[u.pos:u.pos+u.l.size])
		u.pos += u.l.size
		return r, err == nil, err
	}
	it.AddMethod("__iter__", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return v, nil
	})
	it.AddMethod("__next__", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r, ok, err := it.Next(th, v)
		if err == nil && !ok {
			err = runtime.NewException(runtime.StopIteration)
		}
		return r, err
	})
	it.AddMethod("__length_hint__", func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		u := (*unpackIterator)(v.Pointer())
		return runtime.Int(int64((len(u.buf) - u.pos) / u.l.size)), nil
	})
}
