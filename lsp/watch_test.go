// Tests of the trace-log watcher: a log a user writes from a terminal,
// under any name in the workspace's .kiln folder or below, shows up in the editor
// (diagnostics pushed, code lenses refreshed) when it appears and again
// when it changes.

package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWatcher(t *testing.T) {
	root := t.TempDir()
	prog := "def main():\n    open('log.txt', 'w').write('x')\n\nmain()\n"
	os.WriteFile(filepath.Join(root, "prog.py"), []byte(prog), 0o644)
	r := newRawServerWith(t, Options{WatchInterval: 20 * time.Millisecond})
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":%q,"capabilities":{"workspace":{"codeLens":{"refreshSupport":true}}}}}`, fileURI(root)))
	r.recv()
	r.send(`{"jsonrpc":"2.0","method":"initialized","params":{}}`)
	uri := fileURI(filepath.Join(root, "prog.py"))
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":%q,"languageId":"python","version":1,"text":%q}}}`, uri, prog))

	// waitFor reads what the server sends until it has published want
	// diagnostics for prog.py and asked for a code-lens refresh.
	waitFor := func(step string, want int) {
		t.Helper()
		published, refreshed := false, false
		deadline := time.Now().Add(5 * time.Second)
		for !published || !refreshed {
			if time.Now().After(deadline) {
				t.Fatalf("%s: diagnostics published %v, lenses refreshed %v", step, published, refreshed)
			}
			m, err := r.recvAny()
			if err != nil {
				t.Fatalf("%s: %v", step, err)
			}
			switch m["method"] {
			case "textDocument/publishDiagnostics":
				p := m["params"].(map[string]any)
				if p["uri"] == string(uri) && len(p["diagnostics"].([]any)) == want {
					published = true
				}
			case "workspace/codeLens/refresh":
				refreshed = true
				r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%v,"result":null}`, jsonID(m["id"])))
			}
		}
	}

	// The .kiln folder does not exist yet: a terminal run creates it.
	os.MkdirAll(filepath.Join(root, ".kiln"), 0o755)
	log := `{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
{"kind":"resource.leak","id":1,"resource":"file","desc":"log.txt","detected_by":"gc","pos":{"file":"prog.py","line":2,"col":5},"stack":[]}
`
	os.WriteFile(filepath.Join(root, ".kiln", "from-terminal.jsonl"), []byte(log), 0o644)
	waitFor("a log appeared", 1)

	// The user fixes the leak and runs again from the terminal: the
	// log changes and the warning goes.
	time.Sleep(30 * time.Millisecond) // a distinct modification time
	os.WriteFile(filepath.Join(root, ".kiln", "from-terminal.jsonl"), []byte(`{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
`), 0o644)
	waitFor("the log changed", 0)

	// A log in a subfolder counts too.
	os.MkdirAll(filepath.Join(root, ".kiln", "2026", "nov"), 0o755)
	os.WriteFile(filepath.Join(root, ".kiln", "2026", "nov", "run.jsonl"), []byte(log), 0o644)
	waitFor("a log in a subfolder", 1)

	// Files that are not *.jsonl are left alone.
	// What the server sends meanwhile waits in the pipe, before the
	// reply to shutdown.
	os.WriteFile(filepath.Join(root, ".kiln", "notes.txt"), []byte(log), 0o644)
	time.Sleep(150 * time.Millisecond) // several polls
	r.send(`{"jsonrpc":"2.0","id":"s","method":"shutdown"}`)
	for {
		m, err := r.recvAny()
		if err != nil {
			t.Fatal(err)
		}
		if m["method"] == "textDocument/publishDiagnostics" {
			t.Errorf("notes.txt was read as a trace log: %v", m)
		}
		if m["id"] == "s" {
			break
		}
	}
}

// jsonID writes a request id back as JSON.
func jsonID(id any) string {
	if s, ok := id.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(id)
}
