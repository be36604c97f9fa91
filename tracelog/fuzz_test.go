package tracelog

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// fuzzRead checks what a reader must do with any input: never panic,
// and, for input it accepts, read back the same events after writing
// them again in the same format.
func fuzzRead(t *testing.T, f Format, data []byte) {
	events, err := ReadAll(bytes.NewReader(data))
	if err != nil {
		return
	}
	again, err := ReadAll(bytes.NewReader(encodeAll(f, events)))
	if err != nil {
		t.Fatalf("re-reading accepted events: %v", err)
	}
	sameEvents(t, again, events)
}

// addSeeds adds the golden logs and small edge cases to the corpus.
func addSeeds(f *testing.F, golden string, extra ...string) {
	data, err := os.ReadFile(filepath.Join(goldenDir, golden))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzReadJSONL(f *testing.F) {
	addSeeds(f, "events.jsonl",
		jsonHeader,
		jsonHeader+`{"kind":"resource.open","time_ns":1,"stack":[{"func":"f","file":"a","line":1,"col":2}]}`+"\n",
		jsonHeader+`{"kind":"jit.counts","entries":[{"id":1,"n":2}],"bridges":[]}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.HasPrefix(data, []byte("{")) {
			fuzzRead(t, JSONL, data)
		}
	})
}

func FuzzReadText(f *testing.F) {
	addSeeds(f, "events.log",
		"[1] {jit-summary\nTOTAL:      \t\t0.5\n[2] jit-summary}\n",
		"[1] {jit-tracing\n[2] {jit-log-opt-bridge\n# bridge out of Guard 0x1f with 1 ops\n[p0]\n[3] jit-log-opt-bridge}\n[4] jit-tracing}\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("{")) {
			fuzzRead(t, Text, data)
		}
	})
}
