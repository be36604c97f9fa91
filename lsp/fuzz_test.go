// The fuzz test of message handling: whatever one message holds, the
// server answers the next request. Run it for longer with
//
//	go test ./lsp -run='^$' -fuzz=FuzzMessage -fuzztime=10m

package lsp

import (
	"testing"
	"time"

	"go.lsp.dev/protocol"
)

func FuzzMessage(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.py"},"position":{"line":0,"character":3}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.py","languageId":"python","version":1,"text":"def f(x):\n    return x\n"}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.py","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":99},"end":{"line":7,"character":0}},"text":"😀\n"}]}}`,
		`{"jsonrpc":"2.0","id":3,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"file:///w/a.py"}}}`,
		`{"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/a.py"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}}`,
		`{"jsonrpc":"2.0","id":5,"method":"workspace/executeCommand","params":{"command":"kiln.showTrace","arguments":["file:///w/a.py",1.5]}}`,
		`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"x"}}`,
		`{"jsonrpc":"2.0","id":6,"method":"textDocument/references","params":{"textDocument":{"uri":"file:///w/a.py"},"position":{"line":1,"character":11},"context":{"includeDeclaration":true}}}`,
		`{"jsonrpc":"2.0","id":7,"method":"textDocument/definition","params":null}`,
		`{"jsonrpc":"2.0","id":[1],"method":"x"}`,
		`{"id":1}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
		`[{"jsonrpc":"2.0"}]`,
		"\x00\xff",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := newRawServerWith(t, Options{KilnPath: "/nonexistent/kiln"})
		r.initialize()
		// A document for the message to act on.
		r.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.py","languageId":"python","version":1,"text":"import os\nfor i in range(3):\n    f = open(os.devnull)\n"}}}`)
		err := r.trySend(frameOf(body))
		if err == nil {
			err = r.trySend(frameOf(`{"jsonrpc":"2.0","id":"fuzz-end","method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///w/a.py"}}}`))
		}
		for {
			var m map[string]any
			if err == nil {
				m, err = r.tryRecv()
			}
			if err != nil {
				// Only exit may end the connection.
				select {
				case <-r.exit:
					return
				case <-time.After(time.Second):
				}
				t.Fatalf("no answer after %q: %v", body, err)
			}
			if m["id"] == "fuzz-end" {
				return
			}
		}
	})
}

// FuzzQuickFix: on any program, the with-statement rewrite never panics,
// and when it is offered on a program that parses, the result parses too.
func FuzzQuickFix(f *testing.F) {
	f.Add("def save(t):\n    open('o', 'w').write(t)\n", 1)
	f.Add("f = open('a')\nfor l in f:\n    print(l)\nf.close()\n", 0)
	f.Add("x = open('a').read()  # c\n", 0)
	f.Fuzz(func(t *testing.T, src string, line int) {
		d := newDocument("file:///p.py", 1, src)
		if line < 0 || line > d.lineCount() {
			return
		}
		edit, ok := withFix(d, line, encodingUTF16)
		if !ok {
			return
		}
		fixed := applyEdits(t, src, []protocol.TextEdit{edit})
		if e := analyze("p.py", fixed).syntaxErr; e != nil {
			t.Fatalf("the fix of\n%s\ngives\n%s\nwhich does not parse: %v", src, fixed, e)
		}
	})
}
