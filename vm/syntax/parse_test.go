package syntax

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// forEachGolden calls check for each dir/*.py with its source and the
// contents of the golden file beside it with extension ext.
func forEachGolden(t *testing.T, dir, ext string, check func(t *testing.T, file string, src []byte, want string)) {
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no test files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ext)
			if err != nil {
				t.Fatal(err)
			}
			check(t, file, src, string(want))
		})
	}
}

// TestParseGolden parses each testdata/parse/*.py and compares the tree,
// positions included, with CPython's ast.dump in the matching .ast file
// (written by testdata/regen.sh).
func TestParseGolden(t *testing.T) {
	forEachGolden(t, "parse", ".ast", func(t *testing.T, file string, src []byte, want string) {
		mod, err := Parse(file, src, ModeExec)
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		if got, want := Dump(mod), strings.TrimSuffix(want, "\n"); got != want {
			t.Errorf("dump differs from CPython's:\n%s", firstDifference(got, want))
		}
	})
}

// firstDifference shows the context of the first difference of two dumps.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("got:  ...%s...\nwant: ...%s...", got[from:min(len(got), i+200)], want[from:min(len(want), i+200)])
}

// TestErrorsGolden parses each testdata/errors/*.py and compares the error
// with CPython's in the matching .err file: kind, message and position.
func TestErrorsGolden(t *testing.T) {
	forEachGolden(t, "errors", ".err", func(t *testing.T, file string, src []byte, want string) {
		_, err := ParseBytes(file, src, ModeExec) // the goldens are from files
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("got %v, want a syntax error", err)
		}
		got := fmt.Sprintf("%s: %s\n%d %d %d %d\n", e.Kind, e.Msg, e.Line, e.Col, e.EndLine, e.EndCol)
		if got != want {
			t.Errorf("got:\n%swant:\n%s", got, want)
		}
	})
}

func TestModes(t *testing.T) {
	mod, err := Parse("<eval>", []byte("a + b\n\n"), ModeEval)
	if err != nil {
		t.Fatal(err)
	}
	if len(mod.Body) != 1 {
		t.Fatalf("eval: got %d statements", len(mod.Body))
	}
	if _, ok := mod.Body[0].(*ExprStmt).Value.(*BinOp); !ok {
		t.Errorf("eval: got %s", Dump(mod))
	}
	if _, err := Parse("<eval>", []byte("x = 1"), ModeEval); err == nil {
		t.Error("eval: assignment accepted")
	}

	mod, err = Parse("<stdin>", []byte("if x:\n    y\n\n"), ModeSingle)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := mod.Body[0].(*If); !ok || len(mod.Body) != 1 {
		t.Errorf("single: got %s", Dump(mod))
	}
	mod, err = Parse("<stdin>", []byte("a; b\n"), ModeSingle)
	if err != nil || len(mod.Body) != 2 {
		t.Errorf("single: a; b: %v", err)
	}
	if _, err := Parse("<stdin>", []byte("a\nb\n"), ModeSingle); err == nil {
		t.Error("single: two statements accepted")
	}
}

func TestIsIncomplete(t *testing.T) {
	for _, test := range []struct {
		src        string
		incomplete bool
	}{
		{"x = (1,\n", true},
		{"foo(\n", true},
		{"s = '''abc\n", true},
		{"if x:\n", true},
		{"def f():\n", true},
		{"class A:\n    def f(self):\n", true},
		{"x = 1 +\n", false},
		{"x = )\n", false},
		{"s = 'abc\n", false},
		{"1 = 2\n", false},
		{"x = 1\n", false},
	} {
		_, err := Parse("<stdin>", []byte(test.src), ModeSingle)
		if test.incomplete != IsIncomplete(err) {
			t.Errorf("%q: IsIncomplete(%v) = %v", test.src, err, !test.incomplete)
		}
	}
}

func TestErrorText(t *testing.T) {
	_, err := Parse("f.py", []byte("a = 1\nb = (1 2)\n"), ModeExec)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	if e.Text != "b = (1 2)\n" || e.Filename != "f.py" {
		t.Errorf("got text %q filename %q", e.Text, e.Filename)
	}
	if want := "f.py:2:6: SyntaxError: invalid syntax. Perhaps you forgot a comma?"; e.Error() != want {
		t.Errorf("Error() = %q, want %q", e.Error(), want)
	}
}

// TestDeepNesting checks that pathological nesting is an error, not a
// crash.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("-", 100000) + "x\n",
		strings.Repeat("not ", 100000) + "x\n",
		"x = " + strings.Repeat("[", 100000) + "\n",
		strings.Repeat("lambda: ", 100000) + "x\n",
		"x = " + strings.Repeat("a if b else ", 100000) + "c\n",
		strings.Repeat("x ** ", 100000) + "x\n",
		strings.Repeat("f'{", 200) + "x" + strings.Repeat("}'", 200) + "\n",
		strings.Repeat("if x:\n", 1000),
		strings.Repeat("await ", 100000) + "x\n",
	} {
		_, err := Parse("deep.py", []byte(src), ModeExec)
		if err == nil {
			t.Errorf("%.20q...: no error", src)
		}
	}
}

var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
	"class A(B, metaclass=M):\n    x: int = 1\n",
	"f'{x!r:>{w}} {y=}'\n",
	"match p:\n    case Point(x=0) | [1, *r] | {'k': v, **kw} as z if z:\n        pass\n",
	"try:\n    pass\nexcept* E as e:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
	"with (a as b, c):\n    pass\n",
	"async def f():\n    async for x in y:\n        await x\n",
	"[x for x in y if x async for z in w]\n",
	"a[1:2, ::3, ...]\n",
	"type X[T: int, *Ts, **P] = list[T]\n",
	"if x:\n\tif y:\n        pass\n",
	"x = 0x_ff + 1_000.5e-3j + 0o7 + 0b1\n",
	"s = '''a\nb''' r'\\d' b'\\x00' f'''{x\n}'''\n",
	"lambda *a, **k: (yield)\n",
	"print 'x'\n",
	"x = (1,\n",
	"@d\nasync def f[T](x: T) -> T: ...\n",
	"del a, b[0], c.d\nglobal g\nnonlocal n\n",
	"f\"{f'{f\"{1}\"}'}\"\n",
	"x = \\\n  1\n",
	"if (n := len(a)) > 10: pass\n",
}

// FuzzParse checks that no input makes the parser panic or hang, and that
// every error is a well-formed *Error.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("testdata/parse/*.py")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil && len(src) < 4000 {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ModeExec, ModeEval, ModeSingle} {
			mod, err := Parse("fuzz.py", src, mode)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error of type %T: %v", err, err)
				}
				if e.Msg == "" || e.Kind == "" {
					t.Fatalf("malformed error %#v", e)
				}
				continue
			}
			_ = Dump(mod)
			WalkModule(mod, func(Node) bool { return true })
		}
	})
}

// BenchmarkParse parses a 5,000-line file built from the test files.
func BenchmarkParse(b *testing.B) {
	src := benchmarkSource(b, 5000)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src, ModeExec); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkSource(b testing.TB, lines int) []byte {
	files, _ := filepath.Glob("testdata/parse/real_*.py")
	var buf bytes.Buffer
	for bytes.Count(buf.Bytes(), []byte("\n")) < lines {
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(src)
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

// TestNestingWithinLimits checks that nesting CPython accepts is accepted.
func TestNestingWithinLimits(t *testing.T) {
	for _, src := range []string{
		"x = " + strings.Repeat("(", 199) + strings.Repeat(")", 199) + "\n",
		"x = " + strings.Repeat("[", 199) + strings.Repeat("]", 199) + "\n",
		strings.Repeat("f(", 150) + strings.Repeat(")", 150) + "\n",
		"x = " + strings.Repeat("-", 200) + "1\n",
		indentedIfs(99),
	} {
		if _, err := Parse("nest.py", []byte(src), ModeExec); err != nil {
			t.Errorf("%.30q...: %v", src, err)
		}
	}
}

func indentedIfs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// TestConcurrentParse parses many files at once: the package has no
// mutable global state (run with -race).
func TestConcurrentParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.py")
	var wg sync.WaitGroup
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := Parse(file, src, ModeExec); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
