package tracelog

import (
	"bytes"
	"strings"
	"testing"
)

// TestEntryBridgeHeader: the IR of a function's trace (it ends in
// finish) is headed "entry bridge" in the text format, as PyPy's, and
// reads back to the same event; a loop's stays "loop".
func TestEntryBridgeHeader(t *testing.T) {
	entry := &LoopIR{Loop: 2, Name: "prog.py:3 'def f(n)'", Text: "[i0]\n+0: i2 = int_add(i0, 1)\n+4: finish(i2, descr=<DoneWithThisFrameDescrInt>)\n+9: --end of the loop--"}
	loop := &LoopIR{Loop: 1, Name: "prog.py:5 'while i < n'", Text: "[i0]\n+0: jump(i0, descr=TargetToken(1))\n+3: --end of the loop--"}
	var buf bytes.Buffer
	l := New(&buf, Options{Format: Text})
	l.Emit(loop)
	l.Emit(entry)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# Loop 1 (prog.py:5 'while i < n') : loop with 1 ops\n", "# Loop 2 (prog.py:3 'def f(n)') : entry bridge with 2 ops\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	evs, err := ReadAll(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var got []*LoopIR
	for _, e := range evs {
		if ir, ok := e.(*LoopIR); ok {
			got = append(got, ir)
		}
	}
	if len(got) != 2 || got[1].Name != entry.Name || got[1].Text != entry.Text || got[0].Text != loop.Text {
		t.Errorf("read back %+v", got)
	}
}
