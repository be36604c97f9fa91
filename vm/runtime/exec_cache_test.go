package runtime

import (
	"fmt"
	"testing"
)

// TestSourceCacheReuse checks that compiling a text again reuses the
// compiler's output in a new runtime code object, and that what the
// output depends on (file name, mode, flags) is part of the key.
func TestSourceCacheReuse(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	const src = "def f(x):\n    return x + 1\n"
	compileOK := func(filename, mode string, flags uint32) *Code {
		t.Helper()
		c, err := compileSourceCached(th, filename, src, mode, flags)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a := compileOK("<string>", "exec", sourceFromStr)
	b := compileOK("<string>", "exec", sourceFromStr)
	if a == b {
		t.Fatal("the same runtime code object twice; want a new one per compilation")
	}
	if a.Code != b.Code {
		t.Fatal("the text was compiled again; want the first compilation reused")
	}
	if a.Consts[0] == b.Consts[0] {
		t.Fatal("nested code objects shared; want new ones")
	}
	for i, other := range []*Code{
		compileOK("other.py", "exec", sourceFromStr),
		compileOK("<string>", "single", sourceFromStr),
		compileOK("<string>", "exec", 0),
	} {
		if other.Code == a.Code {
			t.Errorf("variant %d (file name, mode, flags) shares the first compilation", i)
		}
	}
}

// TestSourceCacheBounded checks that the cache keeps at most
// sourceCacheMaxEntries texts, dropping the oldest.
func TestSourceCacheBounded(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	text := func(i int) string { return fmt.Sprintf("x = %d\n", i) }
	first, err := compileSourceCached(th, "<string>", text(0), "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= sourceCacheMaxEntries; i++ {
		if _, err := compileSourceCached(th, "<string>", text(i), "exec", 0); err != nil {
			t.Fatal(err)
		}
	}
	c := &th.Interp.sources
	if len(c.byText) != sourceCacheMaxEntries {
		t.Errorf("%d texts cached, want %d", len(c.byText), sourceCacheMaxEntries)
	}
	again, err := compileSourceCached(th, "<string>", text(0), "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	if again.Code == first.Code {
		t.Error("the oldest text is still cached")
	}
	if _, ok := c.byText[text(sourceCacheMaxEntries)]; !ok {
		t.Error("the newest text is not cached")
	}
}

// TestSourceCacheSkipsWarnings checks that a text whose compilation
// warned is compiled (and warns) every time.
func TestSourceCacheSkipsWarnings(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	const src = "s = '\\d'\n"
	a, err := compileSourceCached(th, "<string>", src, "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := compileSourceCached(th, "<string>", src, "exec", 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.Code == b.Code {
		t.Error("a text that warned was cached")
	}
}
