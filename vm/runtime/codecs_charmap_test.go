package runtime

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCharmapTablesUpToDate regenerates codecs_charmap_tables.go and
// compares it with the committed file.
func TestCharmapTablesUpToDate(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	if b, err := exec.Command("go", "run", "gen_charmaps.go", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("go run gen_charmaps.go: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("codecs_charmap_tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(have) != string(want) {
		t.Error("codecs_charmap_tables.go is stale: run `go generate ./vm/runtime` (gen_charmaps.go)")
	}
}

// Every charmap codec an alias names has a table of 256 code points, and
// charmapNamed reads it: undefined bytes are -1 and each code point
// encodes to the last byte that decodes to it.
func TestCharmapTables(t *testing.T) {
	seen := map[string]bool{}
	for alias, enc := range charmapAliases() {
		if seen[enc] {
			continue
		}
		seen[enc] = true
		table := charmapTable(enc)
		if n := utf8.RuneCountInString(table); n != 256 {
			t.Errorf("%s (alias %s): table of %d code points", enc, alias, n)
			continue
		}
		c := charmapNamed(enc)
		for b, r := range []rune(table) {
			if r == '\ufffe' {
				r = -1
			}
			if c.decode[b] != r {
				t.Errorf("%s: byte %#x decodes to %U, table %U", enc, b, c.decode[b], r)
			}
			if r >= 0 && c.decode[c.encode[r]] != r {
				t.Errorf("%s: %U encodes to %#x, which decodes to %U", enc, r, c.encode[r], c.decode[c.encode[r]])
			}
		}
	}
	if charmapTable("utf-8") != "" || charmapNamed("latin-1") != nil {
		t.Error("a table for a codec that is not a charmap")
	}
}

// vm/runtime does not link x/text's charmap package, whose init and 2 KB
// tables in .data every start would pay for (gen_charmaps.go).
func TestRuntimeLinksNoCharmap(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "golang.org/x/text/encoding/charmap" {
			t.Errorf("vm/runtime depends on %s", pkg)
		}
	}
}
