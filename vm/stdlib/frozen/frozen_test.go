package frozen

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/compile"
	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib" // registers the modules
	"github.com/kilnpy/kiln/vm/syntax"
)

// sortedSources returns the registered Python modules' names, sorted, and
// their sources.
func sortedSources() ([]string, map[string][]byte) {
	sources := runtime.PythonModuleSources()
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names)
	return names, sources
}

// TestFrozenUpToDate fails when an embedded module's source, or the
// compiler, changed and the frozen modules were not regenerated: the
// embedded archive must be what compiling the current sources gives.
func TestFrozenUpToDate(t *testing.T) {
	const fix = "run `go generate ./vm/stdlib/frozen` and commit vm/stdlib/frozen/data"
	built, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	if string(built) == archive {
		return
	}
	want, err := Parse(string(built))
	if err != nil {
		t.Fatal(err)
	}
	have, err := Parse(archive)
	if err != nil {
		t.Fatalf("the embedded archive: %v: %s", err, fix)
	}
	blobs := map[string]string{}
	for _, m := range have {
		blobs[m.Name] = m.Blob
	}
	for _, m := range want {
		if blob, ok := blobs[m.Name]; !ok {
			t.Errorf("module %s has no frozen form: %s", m.Name, fix)
		} else if blob != m.Blob {
			t.Errorf("the frozen form of module %s is stale: %s", m.Name, fix)
		}
		delete(blobs, m.Name)
	}
	for name := range blobs {
		t.Errorf("frozen module %s is not registered: %s", name, fix)
	}
	if !t.Failed() {
		t.Errorf("the archive is not as generated: %s", fix)
	}
}

// TestArchiveCorrupt checks that a damaged archive is an error.
func TestArchiveCorrupt(t *testing.T) {
	a := string(Archive([]Module{{"a", "xyz"}, {"bb", ""}}))
	if m, err := Parse(a); err != nil || len(m) != 2 || m[0] != (Module{"a", "xyz"}) || m[1] != (Module{"bb", ""}) {
		t.Fatalf("Parse = %v, %v", m, err)
	}
	for n := 0; n < len(a); n++ {
		if _, err := Parse(a[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
}

// TestRoundTrip checks that every embedded module's code objects
// serialise and load back equal, recursively.
func TestRoundTrip(t *testing.T) {
	names, sources := sortedSources()
	for _, name := range names {
		mod, err := syntax.Parse("<frozen "+name+">", sources[name], syntax.ModeExec)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compile.Compile(mod, compile.Exec)
		if err != nil {
			t.Fatal(err)
		}
		back, err := compile.UnmarshalModule(sources[name], string(compile.MarshalModule(sources[name], code)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := codeDiff(reflect.ValueOf(code), reflect.ValueOf(back), name); diff != "" {
			t.Errorf("%s does not round-trip: %s", name, diff)
		}
	}
}

// TestLazyPositions checks that the position tables Unmarshal leaves
// serialised give every instruction the span compiled code gives it, when
// goroutines look them up at once (frozen code is shared by the
// interpreters of a process; run with -race).
func TestLazyPositions(t *testing.T) {
	src := runtime.PythonModuleSources()["collections"]
	mod, err := syntax.Parse("<frozen collections>", src, syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compile.Compile(mod, compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	back, err := compile.UnmarshalModule(src, string(compile.MarshalModule(src, code)))
	if err != nil {
		t.Fatal(err)
	}
	if back.Positions != nil {
		t.Error("Unmarshal decoded the position table at once")
	}
	var codes [][2]*compile.Code
	var walk func(a, b *compile.Code)
	walk = func(a, b *compile.Code) {
		codes = append(codes, [2]*compile.Code{a, b})
		for i, k := range a.Consts {
			if inner, ok := k.(*compile.Code); ok {
				walk(inner, b.Consts[i].(*compile.Code))
			}
		}
	}
	walk(code, back)
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for _, pair := range codes {
				for pc := range pair[0].Code {
					l1, c1, e1, ec1 := pair[0].Pos(pc)
					l2, c2, e2, ec2 := pair[1].Pos(pc)
					if l1 != l2 || c1 != c2 || e1 != e2 || ec1 != ec2 || pair[0].PosAnchor(pc) != pair[1].PosAnchor(pc) {
						errs <- fmt.Sprintf("%s pc %d: %d:%d-%d:%d compiled, %d:%d-%d:%d loaded", pair[0].Qualname, pc, l1, c1, e1, ec1, l2, c2, e2, ec2)
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestRoundTripConstants round-trips code holding every kind of constant
// and table the compiler makes.
func TestRoundTripConstants(t *testing.T) {
	src := `
"""module doc"""
def f(a, /, b=-7, *args, c=2**100, d=-(2**70), **kw):
    "function doc"
    x = (1, 2.5, -0.0, float('inf'), 3j, 1+2j, b'\x00\xff', 'str', None, True, False, ..., (1, ('a', b'b')))
    y = 10**30 + 1.5e300 + 0x7fffffffffffffff + (-0x8000000000000000)
    def g():
        nonlocal x
        return x, a
    try:
        g(key=1, other=2)
    except (ValueError, TypeError) as e:
        raise RuntimeError from e
    finally:
        pass
    return [i for i in args if i is not x], {k: v for k, v in kw.items()}
class C[T: int, *Ts, **P]:
    def m[U](self) -> U: return super().m()
type Alias[V] = list[V]
if x is 1: pass
async def h():
    async with a as b:
        await b
`
	mod, err := syntax.Parse("<test>", []byte(src), syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compile.Compile(mod, compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	if len(code.Warnings) == 0 {
		t.Error("the test source should give a SyntaxWarning")
	}
	blob := compile.Marshal(code)
	back, err := compile.Unmarshal(string(blob))
	if err != nil {
		t.Fatal(err)
	}
	if diff := codeDiff(reflect.ValueOf(code), reflect.ValueOf(back), "<test>"); diff != "" {
		t.Error(diff)
	}
	// Corrupt input is an error, never a panic.
	for n := 0; n < len(blob); n++ {
		if _, err := compile.Unmarshal(string(blob[:n])); err == nil {
			t.Fatalf("truncated to %d bytes: no error", n)
		}
	}
	if _, err := compile.UnmarshalModule([]byte("x = 1\n"), string(compile.MarshalModule([]byte("x = 2\n"), code))); err != compile.ErrStale {
		t.Errorf("changed source: got %v, want ErrStale", err)
	}
}

// codeDiff compares two values built from compile.Code recursively and
// describes the first difference, or returns "". Empty and nil slices are
// equal, big ints compare by value and floats by bits.
func codeDiff(a, b reflect.Value, path string) string {
	if a.Kind() == reflect.Interface {
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: %v vs %v", path, a, b)
			}
			return ""
		}
		a, b = a.Elem(), b.Elem()
	}
	if a.Type() != b.Type() {
		return fmt.Sprintf("%s: type %v vs %v", path, a.Type(), b.Type())
	}
	if x, ok := a.Interface().(*big.Int); ok {
		if x.Cmp(b.Interface().(*big.Int)) != 0 {
			return fmt.Sprintf("%s: %v vs %v", path, x, b.Interface())
		}
		return ""
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return path + ": nil pointer"
			}
			return ""
		}
		return codeDiff(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			field := a.Type().Field(i)
			if !field.IsExported() {
				continue // compile.Code's lazily decoded position table: compared below
			}
			if field.Name == "Positions" && a.Type() == reflect.TypeOf(compile.Code{}) {
				// Unmarshal leaves the table serialised until first use.
				pa := a.Addr().Interface().(*compile.Code).PositionTable()
				pb := b.Addr().Interface().(*compile.Code).PositionTable()
				if d := codeDiff(reflect.ValueOf(pa), reflect.ValueOf(pb), path+".PositionTable()"); d != "" {
					return d
				}
				continue
			}
			if d := codeDiff(a.Field(i), b.Field(i), path+"."+field.Name); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: length %d vs %d", path, a.Len(), b.Len())
		}
		for i := 0; i < a.Len(); i++ {
			if d := codeDiff(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Float64:
		if math.Float64bits(a.Float()) != math.Float64bits(b.Float()) {
			return fmt.Sprintf("%s: %v vs %v", path, a.Float(), b.Float())
		}
		return ""
	case reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if math.Float64bits(real(x)) != math.Float64bits(real(y)) || math.Float64bits(imag(x)) != math.Float64bits(imag(y)) {
			return fmt.Sprintf("%s: %v vs %v", path, x, y)
		}
		return ""
	}
	if !reflect.DeepEqual(a.Interface(), b.Interface()) {
		return fmt.Sprintf("%s: %v vs %v", path, a.Interface(), b.Interface())
	}
	return ""
}

// TestTracebackLine checks that an exception raised inside a frozen
// module reports the embedded source's file name and line, as compiling
// the source did.
func TestTracebackLine(t *testing.T) {
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	src := `
import collections
try:
    collections.namedtuple('A', 'x x')
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    result = f'{tb.tb_frame.f_code.co_filename} {tb.tb_lineno} {tb.tb_frame.f_code.co_name}'
`
	globals := runtime.NewDict()
	if _, err := runtime.ExecSource(th, "<test>", []byte(src), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	if !runtime.FrozenModuleLoaded("collections") {
		t.Error("collections was compiled from source, not loaded frozen")
	}
	result, _ := globals.GetStr("result")
	out := runtime.StrValue(result)
	var file, fn string
	var line int
	if _, err := fmt.Sscanf(out, "<frozen %s %d %s", &file, &line, &fn); err != nil || file != "collections>" {
		t.Fatalf("result %q: %v", out, err)
	}
	lines := strings.Split(string(runtime.PythonModuleSources()["collections"]), "\n")
	if line < 1 || line > len(lines) || !strings.Contains(lines[line-1], "Encountered duplicate field name") || fn != "namedtuple" {
		t.Errorf("traceback points at %q line %d in %s, not at the raise", out, line, fn)
	}
}
