// Tests of staleness: facts follow the edits made after the run that
// produced them, facts on edited lines are dropped, and a new run replaces
// them.

package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

// stalenessProg leaks on line 2 and has a compiled loop on line 4.
const stalenessProg = `def main():
    open("log.txt", "w").write("x")
    total = 0
    for i in range(5000):
        total += i
    return total
`

const stalenessLog = `{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
{"kind":"resource.leak","id":1,"resource":"file","desc":"log.txt","detected_by":"gc","pos":{"file":"prog.py","line":2,"col":5},"stack":[{"func":"main","file":"prog.py","line":2,"col":5}]}
{"kind":"jit.loop.hot","func":"main","pos":{"file":"prog.py","line":4,"col":5},"count":1039}
{"kind":"jit.loop.compiled","loop":1,"func":"main","pos":{"file":"prog.py","line":4,"col":5},"tracing_ns":100000}
`

func lensLines(t *testing.T, c *testClient, uri protocol.DocumentURI, prefix string) []int {
	lenses, err := c.server.CodeLens(context.Background(), &protocol.CodeLensParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri}})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, l := range lenses {
		if l.Command != nil && len(l.Command.Title) >= len(prefix) && l.Command.Title[:len(prefix)] == prefix {
			lines = append(lines, int(l.Range.Start.Line))
		}
	}
	return lines
}

func diagLines(c *testClient, uri protocol.DocumentURI) []int {
	var lines []int
	for _, d := range c.diagnostics(uri) {
		lines = append(lines, int(d.Range.Start.Line))
	}
	return lines
}

func TestStaleness(t *testing.T) {
	c, uri := logSession(t, stalenessProg, stalenessLog)
	root := c.root
	expect := func(step string, leaks, loops []int) {
		t.Helper()
		eventually(t, func() error {
			if got := diagLines(c, uri); fmt.Sprint(got) != fmt.Sprint(leaks) {
				return fmt.Errorf("%s: leak diagnostics on lines %v, want %v", step, got, leaks)
			}
			if got := lensLines(t, c, uri, "JIT:"); fmt.Sprint(got) != fmt.Sprint(loops) {
				return fmt.Errorf("%s: JIT lenses on lines %v, want %v", step, got, loops)
			}
			return nil
		})
	}
	expect("after the run", []int{1}, []int{3})

	// Two lines inserted above: both facts move down by two.
	c.change(uri, 2, rangeChange(0, 0, 0, 0, "import os\nimport sys\n"))
	expect("lines inserted above", []int{3}, []int{5})

	// A newline typed at the end of the leaking line does not edit it.
	c.change(uri, 3, rangeChange(3, 35, 3, 35, "\n    pass"))
	expect("line added below the leak", []int{3}, []int{6})

	// Editing the loop header drops its fact; the leak stays.
	c.change(uri, 4, rangeChange(6, 19, 6, 23, "6000"))
	expect("loop header edited", []int{3}, nil)

	// Editing the leaking line drops the leak.
	c.change(uri, 5, rangeChange(3, 4, 3, 8, "print"))
	expect("leak line edited", nil, nil)

	// A new run replaces the facts. The file on disk is the text that
	// ran: its facts are placed on the lines of the buffer that still
	// have the same text. The buffer differs on the leak and loop lines,
	// so nothing shows...
	time.Sleep(30 * time.Millisecond) // a distinct modification time
	os.WriteFile(filepath.Join(root, ".kiln/run.jsonl"), []byte(stalenessLog+"\n"), 0o644)
	expect("new run, edited buffer", nil, nil)

	// ...until the buffer is the text that ran again.
	c.change(uri, 6, map[string]any{"text": stalenessProg})
	time.Sleep(30 * time.Millisecond)
	os.WriteFile(filepath.Join(root, ".kiln/run.jsonl"), []byte(stalenessLog+"\n\n"), 0o644)
	expect("new run, same text", []int{1}, []int{3})
	c.shutdown()
}

// TestStalenessRelatedInformation: the allocation traceback of a leak
// follows the edits too; a frame whose line was edited is left out.
func TestStalenessRelatedInformation(t *testing.T) {
	const prog = "def main():\n    open('log.txt', 'w').write('x')\n\nmain()\n"
	const log = `{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
{"kind":"resource.leak","id":1,"resource":"file","desc":"log.txt","detected_by":"gc","pos":{"file":"prog.py","line":4,"col":1},"stack":[{"func":"main","file":"prog.py","line":2,"col":5},{"func":"<module>","file":"prog.py","line":4,"col":1}]}
`
	c, uri := logSession(t, prog, log)
	expect := func(step string, want string) {
		t.Helper()
		eventually(t, func() error {
			var got []string
			for _, d := range c.diagnostics(uri) {
				got = append(got, fmt.Sprint(d.Range.Start.Line+1))
				for _, ri := range d.RelatedInformation {
					got = append(got, fmt.Sprintf("%s@%d", ri.Message, ri.Location.Range.Start.Line+1))
				}
			}
			if fmt.Sprint(got) != want {
				return fmt.Errorf("%s: diagnostics %v, want %s", step, got, want)
			}
			return nil
		})
	}
	expect("after the run", "[2 opened in main@2 called from <module>@4]")
	c.change(uri, 2, rangeChange(0, 0, 0, 0, "import os\nimport sys\n"))
	expect("two lines inserted above", "[4 opened in main@4 called from <module>@6]")
	c.change(uri, 3, rangeChange(5, 0, 5, 4, "main")) // the call line, retyped as it was
	expect("call line retyped, unchanged", "[4 opened in main@4 called from <module>@6]")
	c.change(uri, 4, rangeChange(5, 0, 5, 6, "main(1)"))
	expect("call line edited", "[4 opened in main@4]")
	c.shutdown()
}
