package ucd

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// ucdLine is one code point's line of testdata/checksums.txt, in the
// format gen_checksums.py writes.
func ucdLine(r rune) string {
	dec, dig, num, ok := Numeric(r)
	numText := "-"
	if ok {
		numText = fmt.Sprintf("%016x", math.Float64bits(num))
	}
	forms := ""
	if r < 0xD800 || r > 0xDFFF {
		var parts []string
		for _, f := range []norm.Form{norm.NFC, norm.NFD, norm.NFKC, norm.NFKD} {
			var cps []string
			for _, c := range f.String(string(r)) {
				cps = append(cps, fmt.Sprintf("%X", c))
			}
			parts = append(parts, strings.Join(cps, " "))
		}
		forms = strings.Join(parts, ";")
	}
	mirrored := 0
	if Mirrored(r) {
		mirrored = 1
	}
	return fmt.Sprintf("%X;%s;%s;%s;%s;%d;%d;%d;%d;%s;%s;%s\n", r, Name(r), Category(r), Bidirectional(r),
		EastAsianWidth(r), Combining(r), mirrored, dec, dig, numText, Decomposition(r), forms)
}

// TestAgainstCPython compares every code point's name, properties and
// normal forms with CPython 3.12's, block by block; on a mismatch, run
// gen_checksums.py's line() under CPython for the block to see which
// code point differs.
func TestAgainstCPython(t *testing.T) {
	f, err := os.Open("testdata/checksums.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	blocks := 0
	for sc.Scan() {
		var block rune
		var want uint32
		if _, err := fmt.Sscanf(sc.Text(), "%X %x", &block, &want); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for r := block; r < block+0x1000; r++ {
			b.WriteString(ucdLine(r))
		}
		if got := crc32.ChecksumIEEE([]byte(b.String())); got != want {
			t.Errorf("block %05X: checksum %08x, CPython %08x", block, got, want)
		}
		blocks++
	}
	if blocks != 0x110 {
		t.Fatalf("%d blocks", blocks)
	}
}

// TestLookupInvertsName checks that every name looks up its character.
func TestLookupInvertsName(t *testing.T) {
	for r := rune(0); r < 0x110000; r++ {
		n := Name(r)
		if n == "" {
			continue
		}
		if !strings.HasPrefix(n, "HANGUL SYLLABLE ") && !strings.HasPrefix(n, "CJK UNIFIED IDEOGRAPH-") {
			n = strings.ToLower(n)
		}
		if got, ok := Lookup(n, false); !ok || got != string(r) {
			t.Errorf("Lookup(%q) = %q, %v", n, got, ok)
		}
	}
	if s, ok := Lookup("LATIN CAPITAL LETTER GHA", false); !ok || s != "\u01a2" {
		t.Errorf("alias: %q %v", s, ok)
	}
	if _, ok := Lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", false); ok {
		t.Errorf("named sequence accepted without sequences")
	}
}
