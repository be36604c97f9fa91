package runtime

import (
	"fmt"
	"testing"
)

// TestNewDictOfMemoKeys: the dict is the one d[k] = v in order makes,
// whether the entries are written at once (distinct str objects, small)
// or set one by one (a repeated key object, an int key, many keys).
func TestNewDictOfMemoKeys(t *testing.T) {
	th := newTestThread()
	a, b, c := NewStr("a"), NewStr("b"), NewStr("c")
	many := make([]Value, 0, 40)
	for i := 0; i < 20; i++ {
		many = append(many, NewStr(fmt.Sprintf("k%d", i)), Int(int64(i)))
	}
	cases := map[string][]Value{
		"empty":    {},
		"distinct": {a, Int(1), b, Int(2), c, Int(3)},
		"repeated": {a, Int(1), b, Int(2), a, Int(3)},
		"int key":  {a, Int(1), Int(7), Int(2)},
		"many":     many,
	}
	for name, kv := range cases {
		got, err := NewDictOfMemoKeys(th, kv)
		if err != nil {
			t.Fatal(err)
		}
		want := NewDict()
		for i := 0; i < len(kv); i += 2 {
			if err := want.Set(th, kv[i], kv[i+1]); err != nil {
				t.Fatal(err)
			}
		}
		gotKeys, gotVals := got.Items()
		wantKeys, wantVals := want.Items()
		if len(gotKeys) != len(wantKeys) || got.Len() != want.Len() {
			t.Fatalf("%s: %d keys, want %d", name, len(gotKeys), len(wantKeys))
		}
		for i := range gotKeys {
			if !Is(gotKeys[i], wantKeys[i]) || !Is(gotVals[i], wantVals[i]) {
				t.Errorf("%s: entry %d differs", name, i)
			}
			if v, ok, _ := got.Get(th, wantKeys[i]); !ok || !Is(v, wantVals[i]) {
				t.Errorf("%s: key %d not found", name, i)
			}
		}
		// The dict takes new keys afterwards as any other.
		if err := got.Set(th, NewStr("new"), Int(9)); err != nil || got.Len() != want.Len()+1 {
			t.Errorf("%s: set after build: %v, len %d", name, err, got.Len())
		}
	}
}
