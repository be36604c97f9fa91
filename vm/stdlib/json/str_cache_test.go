package json

import (
	"strings"
	"testing"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// decodeForTest runs json.loads(text) without hooks.
func decodeForTest(t testing.TB, th *rt.Thread, text string) rt.Value {
	t.Helper()
	args := []rt.Value{rt.NewStr(text), rt.None, rt.None, rt.None, rt.None, rt.None, rt.True, rt.Int(0), rt.False}
	v, err := jsonDecode(th, args, nil)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// recordsText is a JSON array of n records that repeat short values, as
// bench/json_loads' records do.
func recordsText(n int) string {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"tag": "t` + string(rune('0'+i%5)) + `", "esc": "\u00fc\n", "long": "a value longer than sixteen bytes"}`)
	}
	b.WriteString("]")
	return b.String()
}

// TestStrCacheShares: in a long document, a repeated short value is one
// str (escaped or not); a long one is a str per occurrence; equal texts
// stay equal. CPython cannot be the oracle here (it shares only keys), so
// the identities are checked directly.
func TestStrCacheShares(t *testing.T) {
	th := rt.NewInterpreter(rt.Options{}).MainThread()
	text := recordsText(1000)
	if len(text) < jsonStrCacheMinDoc {
		t.Fatalf("document of %d bytes gets no cache", len(text))
	}
	recs := rt.ListItems(decodeForTest(t, th, text))
	get := func(i int, k string) rt.Value {
		v, _ := (*rt.Dict)(recs[i].Pointer()).GetStr(k)
		return v
	}
	if a, b := get(0, "tag"), get(5, "tag"); a.Pointer() != b.Pointer() || rt.StrValue(a) != "t0" {
		t.Errorf("tag t0 of records 0 and 5: %q and %q not shared", rt.StrValue(a), rt.StrValue(b))
	}
	if a, b := get(0, "esc"), get(999, "esc"); a.Pointer() != b.Pointer() || rt.StrValue(a) != "\u00fc\n" {
		t.Errorf("escaped value of records 0 and 999: %q and %q not shared", rt.StrValue(a), rt.StrValue(b))
	}
	if a, b := get(0, "long"), get(1, "long"); a.Pointer() == b.Pointer() || rt.StrValue(a) != rt.StrValue(b) {
		t.Errorf("long values of records 0 and 1: shared or different")
	}
	// A short document has no cache: each value is its own str.
	short := rt.ListItems(decodeForTest(t, th, `["t5", "t5"]`))
	if short[0].Pointer() == short[1].Pointer() {
		t.Errorf("a short document's values are shared")
	}
}

// BenchmarkDecodeRecords decodes 2000 records: bytes and allocations per
// document.
func BenchmarkDecodeRecords(b *testing.B) {
	th := rt.NewInterpreter(rt.Options{}).MainThread()
	text := recordsText(2000)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		decodeForTest(b, th, text)
	}
}
