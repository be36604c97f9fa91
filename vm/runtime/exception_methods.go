package runtime

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
)

// This file gives the builtin exception types their behaviour: creation
// and args, str and repr, the chaining attributes (__cause__, __context__,
// __suppress_context__, __traceback__), notes, and the attributes and
// messages of the subclasses that add fields (StopIteration, SystemExit,
// ImportError, NameError, AttributeError, OSError, SyntaxError, the
// Unicode errors and the exception groups).

func init() {
	initBaseException()
	initSimpleFieldExceptions()
	initOSError()
	initSyntaxError()
	initUnicodeErrors()
	initExceptionGroups()
	for _, t := range ExceptionTypes {
		exposeExceptionSlots(t)
	}
}

// exposeExceptionSlots adds __init__, __str__ and __repr__ methods to the
// dict of an exception type that defines those slots itself (before
// finishBuiltinTypes fills in inherited ones), so that Python code calling
// super().__init__(...) or OSError.__str__(e) reaches that type's own Go
// code.
func exposeExceptionSlots(t *Type) {
	// The type's own slots, read now: finishBuiltinTypes fills the nil
	// ones from the base before the methods are made, with the dict
	// (type_dict.go).
	init, str, repr := t.Init, t.Str, t.Repr
	if init == nil && str == nil && repr == nil {
		return
	}
	t.planAdder(func() {
		if init != nil {
			t.AddMethod("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				return None, init(th, self, args, kwnames)
			})
		}
		for _, m := range []struct {
			name string
			slot func(*Thread, Value) (Value, error)
		}{{"__str__", str}, {"__repr__", repr}} {
			name, slot := m.name, m.slot
			if slot == nil {
				continue
			}
			t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount(name, args, kwnames, 0, 0); err != nil {
					return Value{}, err
				}
				return slot(th, self)
			})
		}
	})
}

// asExc returns v as an exception; v must be an instance of BaseException.
func asExc(v Value) *Exception { return as[Exception](v) }

// field returns the exception attribute name, or None.
func (e *Exception) field(name string) Value {
	if v, ok := e.Fields.GetStr(name); ok {
		return v
	}
	return None
}

// setField sets the exception attribute name.
func (e *Exception) setField(name string, v Value) {
	if e.Fields == nil {
		e.Fields = NewDict()
	}
	e.Fields.SetStr(name, orNone(v))
}

// addFields adds read-write attributes backed by Exception.Fields.
func addFields(t *Type, names ...string) {
	t.planAdder(func() { // at the dict's first use (type_dict.go)
		for _, name := range names {
			t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
				return asExc(self).field(name), nil
			}, func(th *Thread, self, v Value) error {
				asExc(self).setField(name, v)
				return nil
			})
		}
	})
}

// excNew is BaseException.__new__: the instance, with args set.
func excNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	e := &Exception{Object: Object{typ: t}, Args: append([]Value(nil), args[:len(args)-len(kwnames)]...)}
	if t.Flags&FlagHasDict != 0 {
		e.dict = NewDict()
	}
	return ValueOf(e), nil
}

// excInit is BaseException.__init__: it sets args.
func excInit(th *Thread, self Value, args []Value, kwnames []string) error {
	if err := NoKwargs(TypeName(self), kwnames); err != nil {
		return err
	}
	asExc(self).Args = append([]Value(nil), args...)
	return nil
}

// reprItems writes the reprs of items separated by ", ".
func reprItems(th *Thread, items []Value) (string, error) {
	parts := make([]string, len(items))
	for i, x := range items {
		r, err := Repr(th, x)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	return strings.Join(parts, ", "), nil
}

// excArgsRepr is repr(tuple(items)), for exception reprs.
func excArgsRepr(th *Thread, items []Value) (string, error) {
	s, err := reprItems(th, items)
	if len(items) == 1 {
		s += ","
	}
	return "(" + s + ")", err
}

// excStr is BaseException.__str__.
func excStr(th *Thread, v Value) (Value, error) {
	args := asExc(v).Args
	switch len(args) {
	case 0:
		return NewStr(""), nil
	case 1:
		return StrOf(th, args[0])
	}
	s, err := excArgsRepr(th, args)
	return NewStr(s), err
}

// excRepr is BaseException.__repr__: ValueError('x'), ValueError(1, 2).
func excRepr(th *Thread, v Value) (Value, error) {
	args := asExc(v).Args
	var s string
	var err error
	if len(args) == 1 {
		s, err = Repr(th, args[0])
		s = "(" + s + ")"
	} else {
		s, err = excArgsRepr(th, args)
	}
	return NewStr(v.Type().Name + s), err
}

// isExceptionValue reports whether v is an instance of BaseException.
func isExceptionValue(v Value) bool {
	return v.p != nil && !v.IsImmediate() && v.Type().IsSubtype(BaseException)
}

func initBaseException() {
	b := BaseException
	b.New = excNew
	b.Init = excInit
	b.Str = excStr
	b.Repr = excRepr
	b.SetAttrStr("__new__", newWrapper(b))
	b.AddGetSet("__dict__", instanceDictGet, instanceDictSet)
	b.AddGetSet("args", func(th *Thread, self Value) (Value, error) {
		return NewTuple(append([]Value(nil), asExc(self).Args...)), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil {
			return Errorf(TypeError, "args may not be deleted")
		}
		items, err := ToSlice(th, v)
		if err != nil {
			return err
		}
		asExc(self).Args = items
		return nil
	})
	b.AddMethod("with_traceback", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("with_traceback", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if err := setTraceback(self, args[0]); err != nil {
			return Value{}, err
		}
		return self, nil
	})
	b.AddMethod("add_note", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("add_note", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		note := args[0]
		if note.Type().Layout != LayoutStr {
			return Value{}, Errorf(TypeError, "note must be a str, not '%s'", TypeName(note))
		}
		d := self.header().dict
		if d == nil {
			d = NewDict()
			self.header().dict = d
		}
		notes, ok := d.GetStr("__notes__")
		if !ok {
			notes = NewList(nil)
			d.SetStr("__notes__", notes)
		}
		if notes.Type().Layout != LayoutList {
			return Value{}, Errorf(TypeError, "Cannot add note: __notes__ is not a list")
		}
		l := as[List](notes)
		l.push(note)
		return None, nil
	})
	b.AddGetSet("__cause__", func(th *Thread, self Value) (Value, error) {
		return orNone(asExc(self).Cause), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil {
			return Errorf(TypeError, "__cause__ may not be deleted")
		}
		if !v.IsNone() && !isExceptionValue(v) {
			return Errorf(TypeError, "exception cause must be None or derive from BaseException")
		}
		e := asExc(self)
		e.Cause = noneToZero(v)
		e.SuppressContext = true
		return nil
	})
	b.AddGetSet("__context__", func(th *Thread, self Value) (Value, error) {
		return orNone(asExc(self).Context), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil {
			return Errorf(TypeError, "__context__ may not be deleted")
		}
		if !v.IsNone() && !isExceptionValue(v) {
			return Errorf(TypeError, "exception context must be None or derive from BaseException")
		}
		asExc(self).Context = noneToZero(v)
		return nil
	})
	b.AddGetSet("__suppress_context__", func(th *Thread, self Value) (Value, error) {
		return Bool(asExc(self).SuppressContext), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil {
			return Errorf(TypeError, "can't delete numeric/char attribute")
		}
		t, err := Truth(th, v)
		asExc(self).SuppressContext = t
		return err
	})
	b.AddGetSet("__traceback__", func(th *Thread, self Value) (Value, error) {
		return orNone(asExc(self).Traceback), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil {
			return Errorf(TypeError, "__traceback__ may not be deleted")
		}
		return setTraceback(self, v)
	})

	KeyError.Str = func(th *Thread, v Value) (Value, error) {
		if args := asExc(v).Args; len(args) == 1 {
			return ReprValue(th, args[0])
		}
		return excStr(th, v)
	}
}

// setTraceback sets __traceback__: None or a traceback object.
func setTraceback(self, tb Value) error {
	if !tb.IsNone() && tb.Type().Name != "traceback" {
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	asExc(self).Traceback = noneToZero(tb)
	return nil
}

func noneToZero(v Value) Value {
	if v.IsNone() {
		return Value{}
	}
	return v
}

// fieldKwargs splits the keyword arguments of exceptions that take some
// (ImportError's name and path, AttributeError's name and obj), rejecting
// others with CPython's message.
func fieldKwargs(self Value, args []Value, kwnames []string, allowed ...string) ([]Value, error) {
	npos := len(args) - len(kwnames)
	e := asExc(self)
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, TypeName(self))
		}
		e.setField(k, args[npos+i])
	}
	return args[:npos], nil
}

func initSimpleFieldExceptions() {
	StopIteration.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := excInit(th, self, args, kwnames); err != nil {
			return err
		}
		v := None
		if len(args) > 0 {
			v = args[0]
		}
		asExc(self).setField("value", v)
		return nil
	}
	addFields(StopIteration, "value")

	SystemExit.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := excInit(th, self, args, kwnames); err != nil {
			return err
		}
		code := None
		switch len(args) {
		case 0:
		case 1:
			code = args[0]
		default:
			code = NewTuple(append([]Value(nil), args...))
		}
		asExc(self).setField("code", code)
		return nil
	}
	addFields(SystemExit, "code")

	ImportError.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		pos, err := fieldKwargs(self, args, kwnames, "name", "path")
		if err != nil {
			return err
		}
		e := asExc(self)
		e.Args = append([]Value(nil), pos...)
		if len(pos) == 1 {
			e.setField("msg", pos[0])
		}
		return nil
	}
	ImportError.Str = func(th *Thread, v Value) (Value, error) {
		if msg := asExc(v).field("msg"); !msg.IsNone() {
			return StrOf(th, msg)
		}
		return excStr(th, v)
	}
	addFields(ImportError, "msg", "name", "path")

	NameError.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		pos, err := fieldKwargs(self, args, kwnames, "name")
		if err == nil {
			asExc(self).Args = append([]Value(nil), pos...)
		}
		return err
	}
	addFields(NameError, "name")

	AttributeError.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		pos, err := fieldKwargs(self, args, kwnames, "name", "obj")
		if err == nil {
			asExc(self).Args = append([]Value(nil), pos...)
		}
		return err
	}
	addFields(AttributeError, "name", "obj")
}

// osErrorParse sets errno, strerror, filename and filename2 from the
// constructor arguments; with 2 to 5 of them, args keeps only the first
// two.
func osErrorParse(e *Exception, args []Value) {
	e.Args = append([]Value(nil), args...)
	if len(args) < 2 || len(args) > 5 {
		return
	}
	e.setField("errno", args[0])
	e.setField("strerror", args[1])
	if len(args) >= 3 {
		e.setField("filename", args[2])
		if len(args) >= 5 {
			e.setField("filename2", args[4])
		}
		e.Args = e.Args[:2]
	}
}

func initOSError() {
	OSError.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		pos := args[:len(args)-len(kwnames)]
		if t == OSError && len(pos) >= 2 && pos[0].IsSmallInt() {
			if sub := errnoExceptionType(syscall.Errno(pos[0].SmallInt())); sub != OSError {
				t = sub
			}
		}
		v, err := excNew(th, t, args, kwnames)
		if err == nil {
			osErrorParse(asExc(v), pos)
		}
		return v, err
	}
	OSError.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := NoKwargs(TypeName(self), kwnames); err != nil {
			return err
		}
		osErrorParse(asExc(self), args)
		return nil
	}
	OSError.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		errno, strerror := e.field("errno"), e.field("strerror")
		fn, fn2 := e.field("filename"), e.field("filename2")
		parts := []Value{errno, strerror}
		format := "[Errno %s] %s"
		switch {
		case !fn.IsNone() && !fn2.IsNone():
			format, parts = "[Errno %s] %s: %s -> %s", append(parts, fn, fn2)
		case !fn.IsNone():
			format, parts = "[Errno %s] %s: %s", append(parts, fn)
		case !errno.IsNone() && !strerror.IsNone():
		default:
			return excStr(th, v)
		}
		strs := make([]any, len(parts))
		for i, p := range parts {
			var s string
			var err error
			if i < 2 {
				s, err = ToString(th, p)
			} else {
				s, err = Repr(th, p)
			}
			if err != nil {
				return Value{}, err
			}
			strs[i] = s
		}
		return NewStr(fmt.Sprintf(format, strs...)), nil
	}
	OSError.SetAttrStr("__new__", newWrapper(OSError))
	addFields(OSError, "errno", "strerror", "filename", "filename2")
}

func initSyntaxError() {
	SyntaxError.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if err := excInit(th, self, args, kwnames); err != nil {
			return err
		}
		e := asExc(self)
		if len(args) >= 1 {
			e.setField("msg", args[0])
		}
		if len(args) == 2 {
			info, err := ToSlice(th, args[1])
			if err != nil {
				return err
			}
			if len(info) < 4 || len(info) > 6 {
				return Errorf(IndexError, "tuple index out of range")
			}
			for i, name := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}[:len(info)] {
				e.setField(name, info[i])
			}
		}
		return nil
	}
	SyntaxError.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		msg, err := ToString(th, e.field("msg"))
		if err != nil {
			return Value{}, err
		}
		fn, line := e.field("filename"), e.field("lineno")
		haveFile := fn.Type().Layout == LayoutStr
		haveLine := line.IsSmallInt()
		switch {
		case haveFile && haveLine:
			return NewStr(fmt.Sprintf("%s (%s, line %d)", msg, filepath.Base(StrValue(fn)), line.SmallInt())), nil
		case haveFile:
			return NewStr(fmt.Sprintf("%s (%s)", msg, filepath.Base(StrValue(fn)))), nil
		case haveLine:
			return NewStr(fmt.Sprintf("%s (line %d)", msg, line.SmallInt())), nil
		}
		return NewStr(msg), nil
	}
	addFields(SyntaxError, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line")
}

// unicodeErrorFields names the constructor arguments of the Unicode error
// type t (UnicodeDecodeError, UnicodeEncodeError or
// UnicodeTranslateError), which become their attributes; nil for any
// other type. A switch, not a map literal, which would be built at every
// start.
func unicodeErrorFields(t *Type) []string {
	switch t {
	case UnicodeDecodeError, UnicodeEncodeError:
		return codecErrorFields
	case UnicodeTranslateError:
		return codecErrorFields[1:]
	}
	return nil
}

// codecErrorFields are the attributes of UnicodeDecodeError and
// UnicodeEncodeError; UnicodeTranslateError has all but the first.
var codecErrorFields = []string{"encoding", "object", "start", "end", "reason"}

// newUnicodeError makes a Unicode error of type t (UnicodeDecodeError,
// UnicodeEncodeError or UnicodeTranslateError) as calling t(*args) would,
// with its attributes set, for the codecs to raise without going through
// the type's __init__.
func newUnicodeError(t *Type, args ...Value) *Exception {
	e := NewException(t, args...)
	for i, name := range unicodeErrorFields(t) {
		e.setField(name, args[i])
	}
	return e
}

func initUnicodeErrors() {
	for _, t := range []*Type{UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError} {
		fields := unicodeErrorFields(t)
		t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
			if err := excInit(th, self, args, kwnames); err != nil {
				return err
			}
			if len(args) != len(fields) {
				return Errorf(TypeError, "function takes exactly %d arguments (%d given)", len(fields), len(args))
			}
			e := asExc(self)
			for i, name := range fields {
				e.setField(name, args[i])
			}
			return nil
		}
		t.planAdder(func() { // with the dict (type_dict.go)
			for _, name := range fields {
				t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
					return unicodeErrorField(asExc(self), name), nil
				}, func(th *Thread, self, v Value) error {
					e := asExc(self)
					syncUnicodeErrorFields(e)
					e.setField(name, v)
					return nil
				})
			}
		})
	}
	UnicodeDecodeError.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		syncUnicodeErrorFields(e)
		enc, obj, reason := e.field("encoding"), e.field("object"), e.field("reason")
		start, end := e.field("start"), e.field("end")
		if !start.IsSmallInt() || !end.IsSmallInt() || enc.Type().Layout != LayoutStr || reason.Type().Layout != LayoutStr {
			return NewStr(""), nil
		}
		s, n := int(start.SmallInt()), int(end.SmallInt())
		if (obj.Type().Layout == LayoutBytes || obj.Type().Layout == LayoutByteArray) && s >= 0 && s < len(BytesValue(obj)) && n == s+1 {
			return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", StrValue(enc), BytesValue(obj)[s], s, StrValue(reason))), nil
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", StrValue(enc), s, n-1, StrValue(reason))), nil
	}
	UnicodeEncodeError.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		syncUnicodeErrorFields(e)
		return unicodeCharError(e, fmt.Sprintf("'%s' codec can't encode", strField(e, "encoding")))
	}
	UnicodeTranslateError.Str = func(th *Thread, v Value) (Value, error) {
		e := asExc(v)
		syncUnicodeErrorFields(e)
		return unicodeCharError(e, "can't translate")
	}
}

// syncUnicodeErrorFields fills the attributes of a Unicode error made from
// Go with NewException, which keeps its arguments but runs no __init__:
// the codecs raise them so, and their attributes must still be there.
func syncUnicodeErrorFields(e *Exception) {
	if e.Fields != nil {
		return
	}
	var fields []string
	for _, t := range e.typ.MRO {
		if f := unicodeErrorFields(t); f != nil {
			fields = f
			break
		}
	}
	if len(fields) == 0 || len(e.Args) != len(fields) {
		return
	}
	for i, name := range fields {
		e.setField(name, e.Args[i])
	}
}

// unicodeErrorField returns the attribute name of the Unicode error e.
func unicodeErrorField(e *Exception, name string) Value {
	syncUnicodeErrorFields(e)
	return e.field(name)
}

func strField(e *Exception, name string) string {
	if v := e.field(name); v.Type().Layout == LayoutStr {
		return StrValue(v)
	}
	return ""
}

// unicodeCharError formats the str of UnicodeEncodeError and
// UnicodeTranslateError, which point at characters of a str.
func unicodeCharError(e *Exception, what string) (Value, error) {
	obj, start, end := e.field("object"), e.field("start"), e.field("end")
	if obj.Type().Layout != LayoutStr || !start.IsSmallInt() || !end.IsSmallInt() {
		return NewStr(""), nil
	}
	runes := decodeRunes(StrValue(obj))
	s, n := int(start.SmallInt()), int(end.SmallInt())
	reason := strField(e, "reason")
	if s >= 0 && s < len(runes) && n == s+1 {
		c := runes[s]
		var esc string
		switch {
		case c < 0x100:
			esc = fmt.Sprintf("\\x%02x", c)
		case c <= 0xffff:
			esc = fmt.Sprintf("\\u%04x", c)
		default:
			esc = fmt.Sprintf("\\U%08x", c)
		}
		return NewStr(fmt.Sprintf("%s character '%s' in position %d: %s", what, esc, s, reason)), nil
	}
	return NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", what, s, n-1, reason)), nil
}
