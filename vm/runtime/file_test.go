package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	goruntime "runtime"
	"testing"
)

// openFile calls open(path, mode, **kw).
func openFile(t *testing.T, th *Thread, path, mode string, kw ...any) Value {
	t.Helper()
	args := []Value{NewStr(path), NewStr(mode)}
	var names []string
	for i := 0; i < len(kw); i += 2 {
		names = append(names, kw[i].(string))
		args = append(args, kw[i+1].(Value))
	}
	f, err := Open(th, args, names)
	if err != nil {
		t.Fatalf("open(%q, %q): %v", path, mode, err)
	}
	return f
}

func call(t *testing.T, th *Thread, v Value, method string, args ...Value) Value {
	t.Helper()
	r, err := CallMethod(th, v, method, args...)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return r
}

func TestFileTextWriteRead(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	path := filepath.Join(t.TempDir(), "x.txt")
	f := openFile(t, th, path, "w")
	if r, _ := fileRepr(th, f); StrValue(r) != "<_io.TextIOWrapper name='"+path+"' mode='w' encoding='UTF-8'>" {
		t.Errorf("repr %s", StrValue(r))
	}
	if n := call(t, th, f, "write", NewStr("héllo\n")); n.SmallInt() != 6 {
		t.Errorf("write returned %v, want 6 characters", n)
	}
	call(t, th, f, "writelines", NewList([]Value{NewStr("a\r\n"), NewStr("b\rc")}))
	// Buffered: nothing on disk until flush or close.
	if b, _ := os.ReadFile(path); len(b) != 0 {
		t.Errorf("written before flush: %q", b)
	}
	if pos := call(t, th, f, "tell"); pos.SmallInt() != 13 {
		t.Errorf("tell = %v", pos)
	}
	call(t, th, f, "__exit__", None, None, None)
	if !attr(t, th, f, "closed").IsTrue() {
		t.Error("not closed by __exit__")
	}
	if b, _ := os.ReadFile(path); string(b) != "héllo\na\r\nb\rc" {
		t.Errorf("file holds %q", b)
	}
	_, err := CallMethod(th, f, "write", NewStr("x"))
	wantImportErr(t, err, ValueError, "I/O operation on closed file.")

	f = openFile(t, th, path, "r")
	if s := call(t, th, f, "read", Int(3)); StrValue(s) != "hél" {
		t.Errorf("read(3) = %v", s)
	}
	if s := call(t, th, f, "readline"); StrValue(s) != "lo\n" {
		t.Errorf("readline = %v", s)
	}
	lines := ListItems(call(t, th, f, "readlines"))
	if len(lines) != 3 || StrValue(lines[0]) != "a\n" || StrValue(lines[1]) != "b\n" || StrValue(lines[2]) != "c" {
		t.Errorf("readlines (universal newlines) = %v", lines)
	}
	if s := call(t, th, f, "read"); StrValue(s) != "" {
		t.Errorf("read at EOF = %v", s)
	}
	call(t, th, f, "seek", Int(0))
	if s := call(t, th, f, "read"); StrValue(s) != "héllo\na\nb\nc" {
		t.Errorf("read() = %q", StrValue(s))
	}
	call(t, th, f, "close")

	// newline='' keeps line endings; iteration yields lines.
	f = openFile(t, th, path, "r", "newline", NewStr(""))
	var got []string
	it, _ := Iter(th, f)
	for {
		line, ok, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		got = append(got, StrValue(line))
	}
	if len(got) != 4 || got[1] != "a\r\n" || got[2] != "b\r" {
		t.Errorf("lines with newline='': %q", got)
	}
	call(t, th, f, "close")
}

func TestFileBinaryAndModes(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	dir := t.TempDir()
	path := filepath.Join(dir, "b.bin")
	f := openFile(t, th, path, "wb")
	if r, _ := fileRepr(th, f); StrValue(r) != "<_io.BufferedWriter name='"+path+"'>" {
		t.Errorf("repr %s", StrValue(r))
	}
	if n := call(t, th, f, "write", NewBytes([]byte("ab\ncd"))); n.SmallInt() != 5 {
		t.Errorf("write = %v", n)
	}
	_, err := CallMethod(th, f, "write", NewStr("s"))
	wantImportErr(t, err, TypeError, "a bytes-like object is required, not 'str'")
	_, err = CallMethod(th, f, "read")
	wantImportErr(t, err, UnsupportedOperation, "read") // CPython: BufferedWriter has no read
	call(t, th, f, "close")

	f = openFile(t, th, path, "ab")
	call(t, th, f, "write", NewBytes([]byte("!")))
	call(t, th, f, "close")

	f = openFile(t, th, path, "r+b")
	if r, _ := fileRepr(th, f); StrValue(r) != "<_io.BufferedRandom name='"+path+"'>" {
		t.Errorf("repr %s", StrValue(r))
	}
	if b := call(t, th, f, "readline"); string(BytesValue(b)) != "ab\n" {
		t.Errorf("readline = %q", BytesValue(b))
	}
	call(t, th, f, "write", NewBytes([]byte("XY")))
	if b := call(t, th, f, "read"); string(BytesValue(b)) != "!" {
		t.Errorf("read after write = %q", BytesValue(b))
	}
	call(t, th, f, "close")
	_, err = CallMethod(th, f, "read")
	wantImportErr(t, err, ValueError, "read of closed file")
	if b, _ := os.ReadFile(path); string(b) != "ab\nXY!" {
		t.Errorf("file holds %q", b)
	}

	f = openFile(t, th, path, "rb", "buffering", Int(0))
	if r, _ := fileRepr(th, f); StrValue(r) != "<_io.FileIO name='"+path+"' mode='rb' closefd=True>" {
		t.Errorf("repr %s", StrValue(r))
	}
	call(t, th, f, "close")

	_, err = Open(th, []Value{NewStr(path), NewStr("x")}, nil)
	if e := AsException(err); err == nil || e.Type() != FileExistsError || e.Args[0].SmallInt() != 17 {
		t.Errorf("mode x on existing file: %v", err)
	}
	missing := filepath.Join(dir, "missing")
	_, err = Open(th, []Value{NewStr(missing)}, nil)
	e := AsException(err)
	if err == nil || e.Type() != FileNotFoundError || len(e.Args) != 2 || e.Args[0].SmallInt() != 2 ||
		StrValue(e.Args[1]) != "No such file or directory" {
		t.Errorf("missing file: %v", err)
	}
	if fn := e.field("filename"); fn.Type().Layout != LayoutStr || StrValue(fn) != missing {
		t.Error("filename not set")
	}
	_, err = Open(th, []Value{NewStr(dir)}, nil)
	if e := AsException(err); err == nil || e.Type() != IsADirectoryError {
		t.Errorf("open(dir): %v", err)
	}

	for _, c := range []struct{ mode, msg string }{
		{"rr", "invalid mode: 'rr'"},
		{"rw", "must have exactly one of create/read/write/append mode"},
		{"", "Must have exactly one of create/read/write/append mode and at most one plus"},
		{"bt", "can't have text and binary mode at once"},
	} {
		_, err := Open(th, []Value{NewStr(path), NewStr(c.mode)}, nil)
		wantImportErr(t, err, ValueError, c.msg)
	}
	_, err = Open(th, []Value{NewStr(path), NewStr("r"), Int(0)}, nil)
	wantImportErr(t, err, ValueError, "can't have unbuffered text I/O")
	_, err = Open(th, []Value{NewStr(path), NewStr("rb"), NewStr("utf-8")}, []string{"encoding"})
	wantImportErr(t, err, ValueError, "binary mode doesn't take an encoding argument")
	_, err = Open(th, []Value{Float(1.5)}, nil)
	wantImportErr(t, err, TypeError, "expected str, bytes or os.PathLike object, not float")
}

func TestFileFlushAtExit(t *testing.T) {
	interp := NewInterpreter(Options{})
	th := interp.MainThread()
	path := filepath.Join(t.TempDir(), "unclosed.txt")
	f := openFile(t, th, path, "w")
	call(t, th, f, "write", NewStr("kept"))
	interp.FlushOpenFiles()
	if b, _ := os.ReadFile(path); string(b) != "kept" {
		t.Errorf("FlushOpenFiles: file holds %q", b)
	}
}

func TestStdStreams(t *testing.T) {
	var out, errOut bytes.Buffer
	interp := NewInterpreter(Options{Stdout: &out, Stderr: &errOut, Stdin: bytes.NewBufferString("line1\nline2\n")})
	th := interp.MainThread()
	sys := ValueOf(interp.SysModule())
	stdout := attr(t, th, sys, "stdout")
	if r, _ := fileRepr(th, stdout); StrValue(r) != "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>" {
		t.Errorf("repr %s", StrValue(r))
	}
	call(t, th, stdout, "write", NewStr("hello\n"))
	if out.Len() != 0 {
		t.Error("stdout (not a terminal) should be block buffered")
	}
	call(t, th, attr(t, th, sys, "stderr"), "write", NewStr("err\n"))
	if errOut.String() != "err\n" {
		t.Errorf("stderr should be line buffered: %q", errOut.String())
	}
	call(t, th, attr(t, th, stdout, "buffer"), "write", NewBytes([]byte("raw\n")))
	if err := interp.FlushStdStreams(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "hello\nraw\n" {
		t.Errorf("stdout = %q", out.String())
	}
	if s := call(t, th, attr(t, th, sys, "stdin"), "readline"); StrValue(s) != "line1\n" {
		t.Errorf("stdin.readline = %v", s)
	}
	if n := call(t, th, stdout, "fileno"); n.SmallInt() != 1 {
		t.Errorf("fileno = %v", n)
	}

	var out2 bytes.Buffer
	interp = NewInterpreter(Options{Stdout: &out2, Unbuffered: true})
	call(t, interp.MainThread(), attr(t, interp.MainThread(), ValueOf(interp.SysModule()), "stdout"), "write", NewStr("now"))
	if out2.String() != "now" {
		t.Error("-u stdout not written through")
	}
}

func TestStdoutWriteAllocs(t *testing.T) {
	var out bytes.Buffer
	interp := NewInterpreter(Options{Stdout: &out})
	th := interp.MainThread()
	f := as[File](attr(t, th, ValueOf(interp.SysModule()), "stdout"))
	s := NewStr("some text to print")
	allocs := testing.AllocsPerRun(1000, func() {
		f.writeValue(s)
		if len(f.s.core.wbuf) > 4000 {
			f.s.core.flush()
		}
	})
	if allocs > 0 {
		t.Errorf("stdout write allocates %.1f times", allocs)
	}
}

func TestFileEncodings(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	path := filepath.Join(t.TempDir(), "l1.txt")
	f := openFile(t, th, path, "w", "encoding", NewStr("latin-1"))
	call(t, th, f, "write", NewStr("café\n"))
	_, err := CallMethod(th, f, "write", NewStr("€"))
	wantUnicodeErr(t, err, UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)")
	call(t, th, f, "close")
	if b, _ := os.ReadFile(path); string(b) != "caf\xe9\n" {
		t.Errorf("latin-1 bytes %q", b)
	}
	f = openFile(t, th, path, "r", "encoding", NewStr("latin-1"))
	if s := call(t, th, f, "readline"); StrValue(s) != "café\n" {
		t.Errorf("latin-1 readline %q", StrValue(s))
	}
	call(t, th, f, "close")
	f = openFile(t, th, path, "r")
	_, err = CallMethod(th, f, "read")
	wantUnicodeErr(t, err, UnicodeDecodeError, "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte")
	f = openFile(t, th, path, "r", "encoding", NewStr("ascii"))
	_, err = CallMethod(th, f, "read")
	wantUnicodeErr(t, err, UnicodeDecodeError, "'ascii' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)")
	_, err = Open(th, []Value{NewStr(path), NewStr("r"), NewStr("klingon")}, []string{"encoding"})
	wantImportErr(t, err, LookupError, "unknown encoding: klingon")
}

// wantUnicodeErr checks a UnicodeError's type and message, which it
// formats from its five arguments.
func wantUnicodeErr(t *testing.T, err error, typ *Type, msg string) {
	t.Helper()
	e, ok := err.(*Exception)
	if !ok || e.Type() != typ {
		t.Fatalf("got %v, want %s", err, typ.Name)
	}
	if got, _ := UnicodeErrorMessage(e); got != msg {
		t.Fatalf("got %s: %s\nwant %s", typ.Name, got, msg)
	}
}

func TestFileErrorHandlers(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	path := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(path, []byte("ab\xffc\xe2\x82d\xc3\xa9"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Results from CPython 3.12.
	for _, c := range []struct {
		errors string
		whole  string
		parts  [3]string // read(3), read(2), read()
	}{
		{"ignore", "abcdé", [3]string{"abc", "dé", ""}},
		{"replace", "ab\ufffdc\ufffddé", [3]string{"ab\ufffd", "c\ufffd", "dé"}},
	} {
		f := openFile(t, th, path, "r", "errors", NewStr(c.errors))
		if got := StrValue(call(t, th, f, "read")); got != c.whole {
			t.Errorf("errors=%s: read() = %q, want %q", c.errors, got, c.whole)
		}
		if got := StrValue(attr(t, th, f, "errors")); got != c.errors {
			t.Errorf("errors attribute %q", got)
		}
		f = openFile(t, th, path, "r", "errors", NewStr(c.errors))
		for i, n := range []int64{3, 2, -1} {
			if got := StrValue(call(t, th, f, "read", Int(n))); got != c.parts[i] {
				t.Errorf("errors=%s: read(%d) = %q, want %q", c.errors, n, got, c.parts[i])
			}
		}
	}
	f := openFile(t, th, path, "r")
	_, err := CallMethod(th, f, "read", Int(5))
	wantUnicodeErr(t, err, UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte")
	_, err = Open(th, []Value{NewStr(path), NewStr("r"), Int(3)}, []string{"errors"})
	wantImportErr(t, err, TypeError, "open() argument 'errors' must be str or None, not int")
}

func TestStdioErrors(t *testing.T) {
	// Results from CPython 3.12 run with exactly this environment.
	for _, c := range []struct {
		env         []string
		stdout, err string
	}{
		{[]string{"PYTHONIOENCODING=utf-8", "LC_ALL=C.UTF-8"}, "strict", "backslashreplace"},
		{[]string{"LC_ALL=C.UTF-8"}, "surrogateescape", "backslashreplace"},
		{[]string{}, "surrogateescape", "backslashreplace"},
		{[]string{"PYTHONIOENCODING=utf-8:replace"}, "replace", "backslashreplace"},
	} {
		interp := NewInterpreter(Options{Environ: c.env})
		if got := stdioErrors(interp, 1); got != c.stdout {
			t.Errorf("%v: stdout errors %q, want %q", c.env, got, c.stdout)
		}
		if got := stdioErrors(interp, 2); got != c.err {
			t.Errorf("%v: stderr errors %q, want %q", c.env, got, c.err)
		}
	}
}

// TestFileReadAllGrowsGeometrically checks what read() of a whole file
// allocates: a read buffer grown by a constant step was copied once per
// step, hundreds of megabytes for a few megabytes of file.
func TestFileReadAllGrowsGeometrically(t *testing.T) {
	const size = 4 << 20
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("some text, line\r\n"), size/17), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"r", "rb"} {
		th := NewInterpreter(Options{}).MainThread()
		f := openFile(t, th, path, mode)
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		got := call(t, th, f, "read")
		goruntime.ReadMemStats(&after)
		call(t, th, f, "close")
		if n, err := Len(th, got); err != nil || n < size/17*16 {
			t.Fatalf("%s: read() returned %d items", mode, n)
		}
		// The buffer's doublings, the copy out, the decoded and translated
		// text: a few times the file, never its square over 16 KB.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 12*size {
			t.Errorf("%s: read() of %d bytes allocated %d bytes", mode, size, alloc)
		}
	}
}
