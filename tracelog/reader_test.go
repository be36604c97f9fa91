package tracelog

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

const jsonHeader = `{"tracelog":1,"program":"kiln"}` + "\n"

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		line        int
		sentinel    error
		msg         string // a substring of the error
	}{
		{"not a log", "hello\n", 1, ErrMalformed, "text outside any section"},
		{"bad header", `{"tracelog":"one"}` + "\n", 1, ErrMalformed, "header"},
		{"header field", `{"tracelog":1,"program":"kiln","x":1}` + "\n", 1, ErrMalformed, "unknown field"},
		{"version", `{"tracelog":2,"program":"kiln"}` + "\n", 1, ErrVersion, "version 2"},
		{"not json", jsonHeader + "{oops}\n", 2, ErrMalformed, "invalid character"},
		{"unknown kind", jsonHeader + `{"kind":"gc.middle"}` + "\n", 2, ErrUnknownKind, `"gc.middle"`},
		{"no kind", jsonHeader + `{"time_ns":1}` + "\n", 2, ErrUnknownKind, `""`},
		{"wrong type", jsonHeader + `{"kind":"gc.end","seq":"1"}` + "\n", 2, ErrMalformed, `field "seq"`},
		{"float", jsonHeader + `{"kind":"gc.end","pause_ns":1.5}` + "\n", 2, ErrMalformed, `field "pause_ns"`},
		{"bad enum", jsonHeader + "\n" + `{"kind":"gc.end","cause":"boredom"}` + "\n", 3, ErrMalformed, `"boredom" is not one of`},
		{"unknown field", jsonHeader + `{"kind":"run.exit","code":1,"signal":9}` + "\n", 2, ErrMalformed, `unknown field "signal"`},
		{"pos field", jsonHeader + `{"kind":"resource.close","pos":{"file":"a","row":1}}` + "\n", 2, ErrMalformed, `field "pos"`},
		{"stray close", "[1] gc-collect-done}\n", 1, ErrMalformed, "closes no open section"},
		{"crossed sections", "[1] {gc-collect-start\n[2] {jit-summary\n[3] gc-collect-start}\n", 3, ErrMalformed, "opened on line 2"},
		{"time goes back", "[5] {gc-collect-start\n[4] gc-collect-start}\n", 2, ErrMalformed, "before its opening"},
		{"not name value", "[1] {gc-collect-start\nseq 1\n[1] gc-collect-start}\n", 3, ErrMalformed, `want "name: value"`},
		{"text field", "[1] {gc-collect-start\nseq: x\n[1] gc-collect-start}\n", 3, ErrMalformed, `field "seq"`},
		{"trailing junk", "[1] {resource-close\npos: \"a\":1:2x\n[1] resource-close}\n", 3, ErrMalformed, `unexpected "x"`},
		{"unknown text field", "[1] {gc-collect-start\nseqq: 1\n[1] gc-collect-start}\n", 3, ErrMalformed, `unknown field "seqq"`},
		{"twice", "[1] {gc-collect-start\nseq: 1\nseq: 2\n[1] gc-collect-start}\n", 4, ErrMalformed, "given twice"},
		{"text enum", "[1] {kiln-run-exit\nreason: \"bored\"\n[1] kiln-run-exit}\n", 3, ErrMalformed, `"bored" is not one of`},
		{"summary line", "[1] {jit-summary\nTracing:\t1\n[1] jit-summary}\n", 3, ErrMalformed, "want \"\\t\""},
		{"summary label", "[1] {jit-summary\nfrobs:\t1\n[1] jit-summary}\n", 3, ErrMalformed, "unknown jit-summary line"},
		{"summary seconds", "[1] {jit-summary\nTOTAL:\t\t1.0000000001\n[1] jit-summary}\n", 3, ErrMalformed, "at most 9 decimals"},
		{"counts", "[1] {jit-backend-counts\nTargetToken(1):5\n[1] jit-backend-counts}\n", 3, ErrMalformed, "unknown jit-backend-counts line"},
		{"ir header", "[1] {jit-log-opt-loop\n# Loop x : loop with 0 ops\n[1] jit-log-opt-loop}\n", 3, ErrMalformed, "bad IR header"},
		{"ir short", "[1] {jit-log-opt-loop\n# Loop 1 : loop with 2 ops\n+0: jump()\n[1] jit-log-opt-loop}\n", 4, ErrMalformed, "says 2 ops, section has 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.input))
			var lineErr *Error
			if !errors.As(err, &lineErr) {
				t.Fatalf("got error %v, want an *Error", err)
			}
			if lineErr.Line != tc.line || !errors.Is(err, tc.sentinel) || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("got %q, want line %d, %v and %q", err, tc.line, tc.sentinel, tc.msg)
			}
			// The error is final, even when more lines follow.
			rd, err := NewReader(strings.NewReader(tc.input + "[1] {gc-collect-start\n[1] gc-collect-start}\n"))
			if err == nil {
				for err == nil {
					_, err = rd.Next()
				}
				if _, again := rd.Next(); again != err || err == io.EOF {
					t.Errorf("Next after %v returned %v", err, again)
				}
			}
		})
	}
}

// TestReadTruncated cuts the golden logs at every byte, as SIGKILL
// might: the reader must return a prefix of the events, with no error,
// and report truncation exactly when the cut lost something.
func TestReadTruncated(t *testing.T) {
	events := sampleEvents()
	for _, f := range []Format{JSONL, Text} {
		data := encodeAll(f, events)
		for n := range len(data) {
			rd, err := NewReader(bytes.NewReader(data[:n]))
			if err != nil {
				t.Fatalf("%s cut at %d: %v", f, n, err)
			}
			var got []Event
			for {
				e, err := rd.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s cut at %d: %v", f, n, err)
				}
				got = append(got, e)
			}
			sameEvents(t, got, events[:len(got)])
			// A cut between events, or of the last newline alone, loses
			// nothing that was written, so it is not truncation.
			whole := len(encodeAll(f, events[:len(got)]))
			lossless := n == 0 || n == whole || n == whole-1
			if rd.Truncated() == lossless {
				t.Fatalf("%s cut at %d: Truncated() = %v with %d events", f, n, rd.Truncated(), len(got))
			}
		}
	}
}

func TestReadSkipsForeignSections(t *testing.T) {
	// A PyPy log: its own categories nest and are skipped, Kiln's
	// categories inside them are read, with PyPy's %f seconds.
	input := "[6ba1135e70] {jit-tracing\n" +
		"f;prog.py:1-4~#8 LOAD_FAST\n" +
		"[6ba1135e71] {jit-backend-counts\nentry 1:201\n[6ba1135e72] jit-backend-counts}\n" +
		"~~~ ABORTING TRACING ABORT_TOO_LONG\n" +
		"[6ba1135e73] jit-tracing}\n" +
		"[6ba1135e73] {jit-summary\nTracing:      \t2\t0.001818\nTOTAL:      \t\t0.002484\n[6ba115c3e3] jit-summary}\n"
	got, err := ReadAll(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	sameEvents(t, got, []Event{
		&JITCounts{Stamp: Stamp{Time: 0x6ba1135e71}, Entries: []Count{{1, 201}}},
		&JITSummary{Stamp: Stamp{Time: 0x6ba1135e73}, Tracing: 2, TracingTime: 1818000, Total: 2484000},
	})
}

func TestReadEmpty(t *testing.T) {
	rd, err := NewReader(strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	if e, err := rd.Next(); err != io.EOF || rd.Truncated() || rd.Format() != Text {
		t.Errorf("Next() = %v, %v; Truncated() = %v, Format() = %v; want EOF, not truncated, text", e, err, rd.Truncated(), rd.Format())
	}
}

func TestReadHeader(t *testing.T) {
	rd, err := NewReader(strings.NewReader(jsonHeader))
	if err != nil {
		t.Fatal(err)
	}
	if h := rd.Header(); h != (FileHeader{Version: 1, Program: "kiln"}) || rd.Format() != JSONL {
		t.Errorf("Header() = %+v, Format() = %v", h, rd.Format())
	}
}
