package runtime

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestOsPathStrings(t *testing.T) {
	// Expected values printed by CPython 3.12's posixpath.
	for _, c := range []struct{ in, norm, head, tail string }{
		{"", ".", "", ""},
		{"/", "/", "/", ""},
		{"//", "//", "//", ""},
		{"///a//b/", "/a/b", "///a//b", ""},
		{"a/./b/../../..", "..", "a/./b/../..", ".."},
		{"../x", "../x", "..", "x"},
		{"/..", "/", "/", ".."},
		{"./a/", "a", "./a", ""},
	} {
		head, tail := ospathSplit(c.in)
		if n := ospathNormpath(c.in); n != c.norm || head != c.head || tail != c.tail {
			t.Errorf("%q: normpath %q split (%q, %q)", c.in, n, head, tail)
		}
		if ospathDirname(c.in) != c.head || ospathBasename(c.in) != c.tail {
			t.Errorf("%q: dirname/basename wrong", c.in)
		}
	}
	for _, c := range [][3]string{{"a.b.c", "a.b", ".c"}, {".bashrc", ".bashrc", ""}, {"a/.x", "a/.x", ""}, {"..", "..", ""}, {"x.", "x", "."}, {"a.b/c", "a.b/c", ""}} {
		if r, e := ospathSplitext(c[0]); r != c[1] || e != c[2] {
			t.Errorf("splitext(%q) = %q, %q", c[0], r, e)
		}
	}
	th := NewInterpreter(Options{}).MainThread()
	p, err := ImportModule(th, "posixpath")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Call(th, attr(t, th, p, "join"), []Value{NewStr("a"), NewStr("b"), NewStr("/c"), NewStr("d")}, nil)
	if err != nil || StrValue(r) != "/c/d" {
		t.Errorf("join = %v %v", r, err)
	}
	_, err = Call(th, attr(t, th, p, "join"), []Value{NewStr("a"), Int(1)}, nil)
	wantImportErr(t, err, TypeError, "join() argument must be str, bytes, or os.PathLike object, not 'int'")
	r, _ = Call(th, attr(t, th, p, "relpath"), []Value{NewStr("/a/b/c"), NewStr("/a/d")}, nil)
	if StrValue(r) != "../b/c" {
		t.Errorf("relpath = %v", r)
	}
	r, _ = Call(th, attr(t, th, p, "commonprefix"), []Value{NewList([]Value{NewStr("abc"), NewStr("abd"), NewStr("ab")})}, nil)
	if StrValue(r) != "ab" {
		t.Errorf("commonprefix = %v", r)
	}
}

func TestOsFilesAndDirs(t *testing.T) {
	th := NewInterpreter(Options{Environ: []string{"HOME=/home/k", "A=1"}}).MainThread()
	osm, err := ImportModule(th, "os")
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := ImportModule(th, "os.path"); StrValue(attr(t, th, m, "__name__")) != "posixpath" {
		t.Error("os.path is not posixpath")
	}
	fn := func(name string, args ...Value) (Value, error) { return Call(th, attr(t, th, osm, name), args, nil) }
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if _, err := Call(th, attr(t, th, osm, "makedirs"), []Value{NewStr(sub)}, nil); err != nil {
		t.Fatal(err)
	}
	_, err = fn("makedirs", NewStr(sub))
	if e := AsException(err); err == nil || e.Type() != FileExistsError {
		t.Errorf("makedirs existing: %v", err)
	}
	if _, err := Call(th, attr(t, th, osm, "makedirs"), []Value{NewStr(sub), True}, []string{"exist_ok"}); err != nil {
		t.Errorf("makedirs exist_ok: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "a", "f.txt"), []byte("12345"), 0o644)
	names, _ := fn("listdir", NewStr(filepath.Join(dir, "a")))
	var got []string
	for _, n := range ListItems(names) {
		got = append(got, StrValue(n))
	}
	sort.Strings(got)
	if len(got) != 2 || got[0] != "b" || got[1] != "f.txt" {
		t.Errorf("listdir = %v", got)
	}
	st, err := fn("stat", NewStr(filepath.Join(dir, "a", "f.txt")))
	if err != nil {
		t.Fatal(err)
	}
	if attr(t, th, st, "st_size").SmallInt() != 5 || TupleItems(st)[6].SmallInt() != 5 || !attr(t, th, st, "st_mtime").IsFloat() || !TupleItems(st)[8].IsSmallInt() {
		t.Error("stat_result fields wrong")
	}
	_, err = fn("remove", NewStr(filepath.Join(dir, "nope")))
	if e := AsException(err); err == nil || e.Type() != FileNotFoundError || StrValue(e.field("filename")) != filepath.Join(dir, "nope") {
		t.Errorf("remove missing: %v", err)
	}
	_, err = fn("rmdir", NewStr(filepath.Join(dir, "a")))
	if e := AsException(err); err == nil || e.Args[0].SmallInt() != 39 {
		t.Errorf("rmdir non-empty: %v", err)
	}

	// walk, top-down, pruning through the dirnames list.
	w, err := fn("walk", NewStr(dir))
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for {
		item, ok, err := Next(th, w)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		parts := TupleItems(item)
		dirs = append(dirs, StrValue(parts[0]))
		if StrValue(parts[0]) == filepath.Join(dir, "a") {
			if len(ListItems(parts[1])) != 1 || StrValue(ListItems(parts[2])[0]) != "f.txt" {
				t.Errorf("walk triple %v", parts)
			}
			as[List](parts[1]).items = nil // prune a/b
		}
	}
	if len(dirs) != 2 {
		t.Errorf("walk visited %v", dirs)
	}
	it, _ := fn("scandir", NewStr(filepath.Join(dir, "a")))
	n := 0
	ForEach(th, it, func(e Value) error {
		n++
		isDir, _ := CallMethod(th, e, "is_dir")
		if isDir.IsTrue() != (StrValue(attr(t, th, e, "name")) == "b") {
			t.Errorf("is_dir wrong for %v", attr(t, th, e, "name"))
		}
		return nil
	})
	if n != 2 {
		t.Errorf("scandir gave %d entries", n)
	}

	// environ belongs to the interpreter.
	env := attr(t, th, osm, "environ")
	if v, _ := GetItem(th, env, NewStr("A")); StrValue(v) != "1" {
		t.Error("environ['A']")
	}
	SetItem(th, env, NewStr("B"), NewStr("2"))
	if v, _ := fn("getenv", NewStr("B")); StrValue(v) != "2" {
		t.Error("getenv after environ write")
	}
	if v, _ := fn("getenv", NewStr("ZZ")); !v.IsNone() {
		t.Error("getenv missing")
	}
	_, err = GetItem(th, env, NewStr("ZZ"))
	if e := AsException(err); err == nil || e.Type() != KeyError || StrValue(e.Args[0]) != "ZZ" {
		t.Errorf("environ missing key: %v", err)
	}
	p, _ := ImportModule(th, "posixpath")
	if r, _ := Call(th, attr(t, th, p, "expanduser"), []Value{NewStr("~/x")}, nil); StrValue(r) != "/home/k/x" {
		t.Errorf("expanduser = %v", r)
	}
	if r, _ := fn("strerror", Int(2)); StrValue(r) != "No such file or directory" {
		t.Errorf("strerror = %v", r)
	}
	if r, _ := fn("urandom", Int(8)); len(BytesValue(r)) != 8 {
		t.Error("urandom")
	}
	e, _ := ImportModule(th, "errno")
	if attr(t, th, e, "ENOENT").SmallInt() != 2 || attr(t, th, e, "EWOULDBLOCK").SmallInt() != 11 {
		t.Error("errno values")
	}
	if v, ok, _ := as[Dict](attr(t, th, e, "errorcode")).Get(th, Int(11)); !ok || StrValue(v) != "EAGAIN" {
		t.Error("errorcode[11]")
	}
}

func TestTimeModule(t *testing.T) {
	ts := time.Unix(1700000000, 0).UTC()
	want := "Tue Tuesday Nov November Tue Nov 14 22:13:20 2023 20 14 11/14/23 14 2023-11-14 2023 23 22 10 318 22 10 11 13 PM 10:13:20 PM 22:13 20 22:13:20 2 46 46 2 46 11/14/23 22:13:20 23 2023 +0000"
	if got := Strftime("%a %A %b %B %c %C %d %D %e %F %G %g %H %I %j %k %l %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %z", ts); got != want {
		t.Errorf("strftime:\n got %s\nwant %s", got, want)
	}
	if got := Strftime("%U %W", time.Unix(0, 0).UTC()) + " " + Strftime("%U %W %j", time.Unix(86400*10, 0).UTC()); got != "00 00 02 01 011" {
		t.Errorf("week numbers %s", got)
	}
	if got := timeAsctime(ts); got != "Tue Nov 14 22:13:20 2023" {
		t.Errorf("asctime %s", got)
	}
	th := NewInterpreter(Options{}).MainThread()
	tm, err := ImportModule(th, "time")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Call(th, attr(t, th, tm, "gmtime"), []Value{Float(1700000000.7)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	items := TupleItems(g)
	if len(items) != 9 || items[0].SmallInt() != 2023 || items[5].SmallInt() != 20 || items[6].SmallInt() != 1 || items[7].SmallInt() != 318 {
		t.Errorf("gmtime = %v", items)
	}
	if attr(t, th, g, "tm_yday").SmallInt() != 318 {
		t.Error("tm_yday")
	}
	a, _ := Call(th, attr(t, th, tm, "time"), nil, nil)
	b, _ := Call(th, attr(t, th, tm, "time_ns"), nil, nil)
	if d := float64(b.SmallInt())/1e9 - a.AsFloat(); d < 0 || d > 1 {
		t.Error("time and time_ns disagree")
	}
	_, err = Call(th, attr(t, th, tm, "sleep"), []Value{Int(-1)}, nil)
	wantImportErr(t, err, ValueError, "sleep length must be non-negative")
	lt, _ := Call(th, attr(t, th, tm, "localtime"), []Value{Int(1700000000)}, nil)
	mk, err := Call(th, attr(t, th, tm, "mktime"), []Value{lt}, nil)
	if err != nil || mk.AsFloat() != 1700000000 {
		t.Errorf("mktime(localtime(x)) = %v %v", mk, err)
	}
}

func TestGcModule(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	gc, err := ImportModule(th, "gc")
	if err != nil {
		t.Fatal(err)
	}
	saved := RunFinalizers
	RunFinalizers = func(th *Thread) int { return 3 }
	defer func() { RunFinalizers = saved }()
	if r, _ := Call(th, attr(t, th, gc, "collect"), nil, nil); r.SmallInt() != 3 {
		t.Errorf("collect = %v", r)
	}
	Call(th, attr(t, th, gc, "disable"), nil, nil)
	if r, _ := Call(th, attr(t, th, gc, "isenabled"), nil, nil); r.IsTrue() {
		t.Error("still enabled")
	}
	if r, _ := Call(th, attr(t, th, gc, "get_threshold"), nil, nil); TupleItems(r)[0].SmallInt() != 700 {
		t.Error("threshold")
	}
}
