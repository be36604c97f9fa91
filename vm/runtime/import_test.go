package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The import tests write their modules in a tiny command language, one
// command a line, which importFixture translates to Python:
//
//	set NAME                    NAME = True
//	import NAME LEVEL [a,b]     result = __import__(NAME, globals(), None, [a, b], LEVEL)
//	from MOD NAME               from MOD import NAME
//	star MOD                    from MOD import *
//	raise                       raise ValueError('boom')
//
// Every module also appends its file name to sys.ran, so tests can see
// which modules ran and how often.

// pythonOf translates a fixture module to Python.
func pythonOf(src string) string {
	var b strings.Builder
	b.WriteString("import sys as _sys\n_sys.__dict__.setdefault('ran', []).append(__file__)\n")
	for _, line := range strings.Split(src, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "set":
			fmt.Fprintf(&b, "%s = True\n", f[1])
		case "import":
			name := f[1]
			if name == "-" {
				name = ""
			}
			var from []string
			if len(f) > 3 {
				for _, x := range strings.Split(f[3], ",") {
					from = append(from, strconv.Quote(x))
				}
			}
			fmt.Fprintf(&b, "result = __import__(%q, globals(), None, [%s], %s)\n", name, strings.Join(from, ", "), f[2])
		case "from":
			fmt.Fprintf(&b, "from %s import %s\n", f[1], f[2])
		case "star":
			fmt.Fprintf(&b, "from %s import *\n", f[1])
		case "raise":
			b.WriteString("raise ValueError('boom')\n")
		}
	}
	return b.String()
}

// ranModules lists the files of the fixture modules that ran, in order.
type ranModules struct{ th *Thread }

func (r ranModules) files() []string {
	var out []string
	if ran, ok := r.th.Interp.SysModule().Dict().GetStr("ran"); ok {
		for _, f := range ListItems(ran) {
			out = append(out, StrValue(f))
		}
	}
	return out
}

// importFixture writes files (path → fixture source) under a temp dir and
// returns a thread whose sys.path is that dir.
func importFixture(t *testing.T, files map[string]string) (*Thread, string, ranModules) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(pythonOf(src)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	interp := NewInterpreter(Options{Path: []string{dir}})
	return interp.MainThread(), dir, ranModules{interp.MainThread()}
}

func attr(t *testing.T, th *Thread, v Value, name string) Value {
	t.Helper()
	r, err := GetAttr(th, v, name)
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	return r
}

func wantImportErr(t *testing.T, err error, typ *Type, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s: %s", typ.Name, msg)
	}
	e := AsException(err)
	if e.Type() != typ || len(e.Args) == 0 || StrValue(e.Args[0]) != msg {
		t.Fatalf("got %v\nwant %s: %s", err, typ.Name, msg)
	}
}

func TestImportModuleFromPath(t *testing.T) {
	th, dir, fe := importFixture(t, map[string]string{"a.py": "set x"})
	m, err := ImportModule(th, "a")
	if err != nil {
		t.Fatal(err)
	}
	if !attr(t, th, m, "x").IsTrue() {
		t.Error("module code did not run in the module namespace")
	}
	if got := StrValue(attr(t, th, m, "__file__")); got != filepath.Join(dir, "a.py") {
		t.Errorf("__file__ = %q", got)
	}
	if got := StrValue(attr(t, th, m, "__package__")); got != "" {
		t.Errorf("__package__ = %q", got)
	}
	if !attr(t, th, m, "__doc__").IsNone() {
		t.Errorf("__doc__ is not None")
	}
	// modspec_test.go checks __spec__ and __loader__.
	if _, ok := m.header().dict.GetStr("__builtins__"); !ok {
		t.Error("no __builtins__")
	}
	m2, err := Import(th, "a", nil, nil, 0)
	if err != nil || !Is(m, m2) || len(fe.files()) != 1 {
		t.Fatalf("second import: same=%v ran=%v err=%v", Is(m, m2), fe.files(), err)
	}
	if r, _ := Repr(th, m); r != "<module 'a' from '"+filepath.Join(dir, "a.py")+"'>" {
		t.Errorf("repr %s", r)
	}
}

func TestImportPackages(t *testing.T) {
	th, dir, _ := importFixture(t, map[string]string{
		"pkg/__init__.py":       "set init",
		"pkg/sub.py":            "import - 1 sib\nset sub",
		"pkg/sib.py":            "set sib",
		"pkg/inner/__init__.py": "import sub 2 x",
	})
	top, err := Import(th, "pkg.sub", nil, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if attr(t, th, top, "__name__").String() != `"pkg"` {
		t.Fatalf("import pkg.sub returned %v, want pkg", attr(t, th, top, "__name__"))
	}
	sub := attr(t, th, top, "sub")
	if !attr(t, th, sub, "sub").IsTrue() || !attr(t, th, top, "init").IsTrue() {
		t.Fatal("package or submodule code did not run")
	}
	if StrValue(attr(t, th, sub, "__package__")) != "pkg" || StrValue(attr(t, th, top, "__package__")) != "pkg" {
		t.Error("__package__ wrong")
	}
	path := ListItems(attr(t, th, top, "__path__"))
	if len(path) != 1 || StrValue(path[0]) != filepath.Join(dir, "pkg") {
		t.Errorf("__path__ = %v", path)
	}
	// `from . import sib` in pkg.sub imported the sibling and returned pkg.
	if !Is(attr(t, th, sub, "result"), top) || !attr(t, th, attr(t, th, top, "sib"), "sib").IsTrue() {
		t.Error("from . import sib failed")
	}
	// fromlist given: __import__ returns the module itself.
	m, err := Import(th, "pkg.sub", nil, []string{"x"}, 0)
	if err != nil || !Is(m, sub) {
		t.Fatalf("import with fromlist: %v %v", m, err)
	}
	// from ..sub import x where x is not there: the submodule is imported, no error.
	inner, err := ImportModule(th, "pkg.inner")
	if err != nil {
		t.Fatal(err)
	}
	if !Is(attr(t, th, inner, "result"), sub) {
		t.Error("level-2 relative import did not resolve to pkg.sub")
	}
}

func TestImportErrors(t *testing.T) {
	th, dir, _ := importFixture(t, map[string]string{
		"a.py":            "set x",
		"bad.py":          "set partial\nraise",
		"c1.py":           "set early\nfrom c2 y\nset z",
		"c2.py":           "from c1 z\nset y",
		"mainlike.py":     "import x 1",
		"pkg/__init__.py": "",
	})
	_, err := Import(th, "nope", nil, nil, 0)
	wantImportErr(t, err, ModuleNotFoundError, "No module named 'nope'")
	if n := importErrorName(th, err); n != "nope" {
		t.Errorf("ModuleNotFoundError.name = %q", n)
	}
	_, err = Import(th, "a.x", nil, nil, 0)
	wantImportErr(t, err, ModuleNotFoundError, "No module named 'a.x'; 'a' is not a package")
	_, err = Import(th, "pkg.missing", nil, nil, 0)
	wantImportErr(t, err, ModuleNotFoundError, "No module named 'pkg.missing'")

	main := NewDict()
	main.SetStr("__name__", NewStr("__main__"))
	main.SetStr("__package__", None)
	main.SetStr("__spec__", None)
	_, err = Import(th, "x", main, nil, 1)
	wantImportErr(t, err, ImportError, "attempted relative import with no known parent package")
	inPkg := NewDict()
	inPkg.SetStr("__package__", NewStr("pkg"))
	_, err = Import(th, "x", inPkg, nil, 3)
	wantImportErr(t, err, ImportError, "attempted relative import beyond top-level package")
	_, err = Import(th, "", nil, nil, 0)
	wantImportErr(t, err, ValueError, "Empty module name")

	// A module whose code raises is removed from sys.modules.
	_, err = ImportModule(th, "bad")
	wantImportErr(t, err, ValueError, "boom")
	if _, ok, _ := th.Interp.Modules.Get(th, NewStr("bad")); ok {
		t.Error("failed module left in sys.modules")
	}

	// Circular import: c2 sees c1 partially initialised.
	_, err = ImportModule(th, "c1")
	wantImportErr(t, err, ImportError, "cannot import name 'z' from partially initialized module 'c1' (most likely due to a circular import) ("+filepath.Join(dir, "c1.py")+")")

	a, _ := ImportModule(th, "a")
	_, err = ImportFrom(th, a, "nothere")
	wantImportErr(t, err, ImportError, "cannot import name 'nothere' from 'a' ("+filepath.Join(dir, "a.py")+")")
	kw, err := ImportModule(th, "keyword")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ImportFrom(th, kw, "nothere")
	wantImportErr(t, err, ImportError, "cannot import name 'nothere' from 'keyword' ("+filepath.Join(stdlibDir(), "keyword.py")+")")
	it, err := ImportModule(th, "sys")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ImportFrom(th, it, "nothere")
	wantImportErr(t, err, ImportError, "cannot import name 'nothere' from 'sys' (unknown location)")

	th.Interp.Modules.SetStr("blocked", None)
	_, err = ImportModule(th, "blocked")
	wantImportErr(t, err, ModuleNotFoundError, "import of blocked halted; None in sys.modules")
}

func TestImportCircularSucceeds(t *testing.T) {
	// c2 imports names c1 has already set: that works, as in CPython.
	th, _, _ := importFixture(t, map[string]string{
		"c1.py": "set early\nfrom c2 y\nset z",
		"c2.py": "from c1 early\nset y",
	})
	c1, err := ImportModule(th, "c1")
	if err != nil {
		t.Fatal(err)
	}
	if !attr(t, th, c1, "y").IsTrue() || !attr(t, th, c1, "z").IsTrue() {
		t.Error("circular import did not complete")
	}
}

func TestImportStar(t *testing.T) {
	th, _, _ := importFixture(t, map[string]string{
		"plain.py":        "set a\nset _hidden",
		"pkg/__init__.py": "",
		"pkg/one.py":      "set one",
	})
	g := NewDict()
	plain, _ := ImportModule(th, "plain")
	if err := ImportStar(th, plain, g); err != nil {
		t.Fatal(err)
	}
	if _, ok := g.GetStr("a"); !ok {
		t.Error("public name not imported")
	}
	for _, name := range []string{"_hidden", "__name__", "__file__"} {
		if _, ok := g.GetStr(name); ok {
			t.Errorf("%s imported by *", name)
		}
	}
	// __all__ names are imported, including submodules (through the fromlist).
	pkg, _ := ImportModule(th, "pkg")
	SetAttr(th, pkg, "__all__", NewList([]Value{NewStr("one")}))
	m, err := Import(th, "pkg", nil, []string{"*"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	g = NewDict()
	if err := ImportStar(th, m, g); err != nil {
		t.Fatal(err)
	}
	if one, ok := g.GetStr("one"); !ok || one.Type() != ModuleType {
		t.Error("__all__ submodule not imported by *")
	}
}

func TestNamespacePackage(t *testing.T) {
	th, dir, _ := importFixture(t, map[string]string{"ns/mod.py": "set m"})
	m, err := ImportModule(th, "ns.mod")
	if err != nil {
		t.Fatal(err)
	}
	if !attr(t, th, m, "m").IsTrue() {
		t.Fatal("module in namespace package not run")
	}
	ns, _ := ImportModule(th, "ns")
	if !attr(t, th, ns, "__file__").IsNone() || StrValue(ListItems(attr(t, th, ns, "__path__"))[0]) != filepath.Join(dir, "ns") {
		t.Error("namespace package attributes wrong")
	}
}

func TestImportlib(t *testing.T) {
	th, _, fe := importFixture(t, map[string]string{
		"pkg/__init__.py": "",
		"pkg/mod.py":      "set m",
	})
	il, err := ImportModule(th, "importlib")
	if err != nil {
		t.Fatal(err)
	}
	im := attr(t, th, il, "import_module")
	m, err := Call(th, im, []Value{NewStr(".mod"), NewStr("pkg")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if StrValue(attr(t, th, m, "__name__")) != "pkg.mod" {
		t.Error("relative import_module failed")
	}
	_, err = Call(th, im, []Value{NewStr(".mod")}, nil)
	wantImportErr(t, err, TypeError, "the 'package' argument is required to perform a relative import for '.mod'")
	n := len(fe.files())
	if _, err := Call(th, attr(t, th, il, "reload"), []Value{m}, nil); err != nil {
		t.Fatal(err)
	}
	if len(fe.files()) != n+1 {
		t.Error("reload did not run the module again")
	}
}

func TestBuiltinModuleRegistry(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	sys, err := ImportModule(th, "sys")
	if err != nil || !Is(sys, ValueOf(th.Interp.SysModule())) {
		t.Fatalf("sys: %v", err)
	}
	kw, err := ImportModule(th, "keyword")
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := Repr(th, kw); r != "<module 'keyword' (built-in)>" {
		t.Errorf("repr %s", r)
	}
	r, err := Call(th, attr(t, th, kw, "iskeyword"), []Value{NewStr("yield")}, nil)
	if err != nil || !r.IsTrue() {
		t.Error("iskeyword('yield') false")
	}
	r, _ = Call(th, attr(t, th, kw, "issoftkeyword"), []Value{NewStr("match")}, nil)
	if !r.IsTrue() {
		t.Error("issoftkeyword('match') false")
	}
	if n := len(ListItems(attr(t, th, kw, "kwlist"))); n != 35 {
		t.Errorf("kwlist has %d words", n)
	}
	// Each interpreter has its own module objects.
	th2 := NewInterpreter(Options{}).MainThread()
	kw2, _ := ImportModule(th2, "keyword")
	if Is(kw, kw2) {
		t.Error("module shared between interpreters")
	}
}

func TestIoModule(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	io, err := ImportModule(th, "io")
	if err != nil {
		t.Fatal(err)
	}
	if !Is(attr(t, th, io, "UnsupportedOperation"), ValueOf(UnsupportedOperation)) || !UnsupportedOperation.IsSubtype(ValueError) {
		t.Error("io.UnsupportedOperation")
	}
}
