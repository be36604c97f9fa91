package runtime

import (
	"reflect"
	"testing"
)

// The tests in this file check the tables that replaced maps and init
// functions at start-up (docs/performance.md, "Start-up time"), and the
// counts that size what NewInterpreter fills at once.

// TestSlotDunderDescriptors checks isSlotDunder and isCoexistingMethod
// through the descriptor kinds they choose, CPython's.
func TestSlotDunderDescriptors(t *testing.T) {
	for _, c := range []struct {
		typ  *Type
		name string
		want *Type
	}{
		{IntType, "__add__", WrapperDescriptorType},
		{IntType, "__release_buffer__", WrapperDescriptorType},
		{ObjectType, "__getattribute__", WrapperDescriptorType},
		{ListType, "__getitem__", MethodDescriptorType}, // METH_COEXIST
		{TupleType, "__getitem__", WrapperDescriptorType},
		{DictType, "__contains__", MethodDescriptorType},
		{FrozenSetType, "__contains__", MethodDescriptorType},
		{ListType, "__contains__", WrapperDescriptorType},
		{ListType, "append", MethodDescriptorType},
		{IntType, "__round__", MethodDescriptorType}, // not a slot
	} {
		if got := methodDescrType(c.typ, c.name); got != c.want {
			t.Errorf("%s.%s: %s, want %s", c.typ.Name, c.name, got.Name, c.want.Name)
		}
	}
}

// TestFuncPCs checks that the code addresses fastpaths.go reads without
// reflect are the ones reflect gives, which the slots are compared with.
func TestFuncPCs(t *testing.T) {
	if want := reflect.ValueOf(slotInit).Pointer(); slotInitPC != want {
		t.Errorf("slotInitPC %#x, reflect says %#x", slotInitPC, want)
	}
	if want := reflect.ValueOf(objectNew).Pointer(); objectNewPC != want {
		t.Errorf("objectNewPC %#x, reflect says %#x", objectNewPC, want)
	}
}

// TestExceptionTypesSize checks builtinExceptionTypes, the size
// ExceptionTypes is made at.
func TestExceptionTypesSize(t *testing.T) {
	if len(ExceptionTypes) != builtinExceptionTypes {
		t.Errorf("%d exception types, builtinExceptionTypes is %d", len(ExceptionTypes), builtinExceptionTypes)
	}
	if ExceptionGroup.MRO[1] != BaseExceptionGroup || ExceptionGroup.MRO[2] != ExceptionType || len(ExceptionGroup.Bases) != 2 {
		t.Errorf("ExceptionGroup's bases %v, MRO %v", ExceptionGroup.Bases, ExceptionGroup.MRO)
	}
}

// TestStartupDictSizes checks the counts sysInit and setupBuiltins fill
// their dicts and blocks for: a stale count still works but allocates
// again.
func TestStartupDictSizes(t *testing.T) {
	interp := NewInterpreter(Options{})
	sys := interp.SysModule().Dict()
	// __name__, __doc__, __package__, __spec__ and __loader__ come first,
	// from loadBuiltinModule.
	if n := sys.Len() - 5; n != sysAttrs {
		t.Errorf("sysInit sets %d attributes, sysAttrs is %d", n, sysAttrs)
	}
	funcs := 0
	for _, k := range sys.Keys() {
		// The __displayhook__ kind of alias is the same function again.
		if v, _ := sys.GetStr(StrValue(k)); v.Type() == BuiltinFunctionType && as[BuiltinFunction](v).Name == StrValue(k) {
			funcs++
		}
	}
	if funcs != sysFunctions {
		t.Errorf("sysInit adds %d functions, sysFunctions is %d", funcs, sysFunctions)
	}
	// The entry tables are the blocks' (sysBlock, builtinsBlock): a table
	// of another size would have been allocated apart.
	if c := cap(sys.entries); c != sysEntries {
		t.Errorf("sys's entry table has room for %d, sysEntries is %d", c, sysEntries)
	}
	b := interp.Builtins
	if b.Len() > cap(b.entries) {
		t.Errorf("builtins: %d entries in room for %d", b.Len(), cap(b.entries))
	}
	if c := cap(b.entries); c != builtinsEntries {
		t.Errorf("builtins' entry table has room for %d, builtinsEntries is %d", c, builtinsEntries)
	}
	if n := 13 + len(builtinFunctions) + len(builtinsModuleTypes()) + len(ExceptionTypes); n != builtinsKeys {
		t.Errorf("setupBuiltins sets %d attributes, builtinsKeys is %d", n, builtinsKeys)
	}
	keys := b.Keys()
	for i, want := range []string{"__name__", "__doc__", "__import__", "abs", "all"} {
		if got := StrValue(keys[i]); got != want {
			t.Errorf("builtins key %d is %q, want %q", i, got, want)
		}
	}
}

// TestStrerror checks the search that replaced the errno map.
func TestStrerror(t *testing.T) {
	for n, want := range map[int]string{2: "No such file or directory", 132: "Operation not possible due to RF-kill", 9999: "Unknown error 9999"} {
		if got := Strerror(n); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", n, got, want)
		}
	}
}

// BenchmarkNewInterpreter measures making an interpreter once the builtin
// types are finished: the builtins module, sys and its streams, the other
// set-up functions (docs/performance.md, "Start-up time").
func BenchmarkNewInterpreter(b *testing.B) {
	NewInterpreter(Options{})
	b.ReportAllocs()
	for b.Loop() {
		NewInterpreter(Options{})
	}
}

// TestLatin1Texts checks the text and the scan flags latin1Strs are made
// with against the general path's.
func TestLatin1Texts(t *testing.T) {
	for c := range latin1Strs {
		got := &latin1Strs[c]
		want := newStr(string(rune(c)))
		want.scan()
		if got.text() != want.text() {
			t.Errorf("U+%04X: text %q, want %q", c, got.text(), want.text())
		}
		if f := uint64(strASCII | strWide); got.meta&f != want.meta&f {
			t.Errorf("U+%04X: flags %#x, want %#x", c, got.meta&f, want.meta&f)
		}
		if got.runeCount() != 1 {
			t.Errorf("U+%04X: %d code points", c, got.runeCount())
		}
	}
}

// TestLatin1Hashes checks the hashes latin1Strs are made with against the
// general path's.
func TestLatin1Hashes(t *testing.T) {
	for c := range latin1Strs {
		s := string(rune(c))
		if got, want := latin1Strs[c].hashValue(), strSipHash(s); got != want {
			t.Errorf("U+%04X: hash %#x, want %#x", c, got, want)
		}
		if got, want := latin1Hash(byte(c)), strSipHash(s); got != want {
			t.Errorf("latin1Hash(%#x) = %#x, want %#x", c, got, want)
		}
	}
}

// TestBinaryOpDunders checks the operators' method names against their
// names in the error messages' table.
func TestBinaryOpDunders(t *testing.T) {
	for op, info := range binaryOpInfo {
		want := [3]string{"__" + info.name + "__", "__r" + info.name + "__", "__i" + info.name + "__"}
		if got := binaryOpDunders[op]; got != want {
			t.Errorf("%s: %q, want %q", info.symbol, got, want)
		}
	}
}

// TestASCIISpace checks str.split()'s table against isPySpace.
func TestASCIISpace(t *testing.T) {
	for c, got := range asciiSpace {
		if want := isPySpace(rune(c)); got != want {
			t.Errorf("%#x: %v, want %v", c, got, want)
		}
	}
}
