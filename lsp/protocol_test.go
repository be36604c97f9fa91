// Tests of protocol quality: the lifecycle and exit codes, declared
// capabilities, position encodings, cancellation, concurrent requests, and
// malformed or unknown messages, sent as raw bytes.

package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// rawClient talks to a server with raw bytes.
type rawClient struct {
	t    testing.TB
	conn net.Conn
	in   *bufio.Reader
	exit chan int
}

func newRawServer(t testing.TB) *rawClient { return newRawServerWith(t, Options{}) }

func newRawServerWith(t testing.TB, opts Options) *rawClient {
	a, b := net.Pipe()
	r := &rawClient{t: t, conn: b, in: bufio.NewReader(b), exit: make(chan int, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	opts.Logger = zap.NewNop()
	opts.Exit = func(code int) { r.exit <- code }
	conn := Serve(ctx, a, opts)
	t.Cleanup(func() { cancel(); conn.Close(); b.Close() })
	return r
}

func (r *rawClient) send(body string) {
	r.t.Helper()
	r.sendFrame(frameOf(body))
}

func (r *rawClient) sendFrame(frame string) {
	r.t.Helper()
	if err := r.trySend(frame); err != nil {
		r.t.Fatalf("write: %v", err)
	}
}

func (r *rawClient) trySend(frame string) error {
	r.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	_, err := io.WriteString(r.conn, frame)
	return err
}

func frameOf(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// recv reads the next response, skipping messages the server sends on
// its own (notifications and requests).
func (r *rawClient) recv() map[string]any {
	r.t.Helper()
	m, err := r.tryRecv()
	if err != nil {
		r.t.Fatalf("read: %v", err)
	}
	return m
}

func (r *rawClient) tryRecv() (map[string]any, error) {
	for {
		m, err := r.recvAny()
		if err != nil {
			return nil, err
		}
		if _, fromServer := m["method"]; fromServer {
			continue
		}
		return m, nil
	}
}

// recvAny reads the next message, whatever it is.
func (r *rawClient) recvAny() (map[string]any, error) {
	{
		r.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		length := -1
		for {
			line, err := r.in.ReadString('\n')
			if err != nil {
				return nil, err
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		if length < 0 {
			return nil, fmt.Errorf("server sent a message without Content-Length")
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(r.in, body); err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			return nil, fmt.Errorf("server sent invalid JSON %q", body)
		}
		return m, nil
	}
}

func errCode(m map[string]any) int {
	e, _ := m["error"].(map[string]any)
	if e == nil {
		return 0
	}
	return int(e["code"].(float64))
}

func (r *rawClient) initialize() {
	r.send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`)
	if m := r.recv(); errCode(m) != 0 {
		r.t.Fatalf("initialize: %v", m)
	}
	r.send(`{"jsonrpc":"2.0","method":"initialized","params":{}}`)
}

func TestLifecycle(t *testing.T) {
	t.Run("request before initialize", func(t *testing.T) {
		r := newRawServer(t)
		r.send(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}`)
		if m := r.recv(); errCode(m) != -32002 {
			t.Errorf("got %v, want ServerNotInitialized", m)
		}
	})
	t.Run("shutdown then exit gives 0", func(t *testing.T) {
		r := newRawServer(t)
		r.initialize()
		r.send(`{"jsonrpc":"2.0","id":2,"method":"shutdown","params":{}}`) // {} as some clients send
		if m := r.recv(); errCode(m) != 0 || m["result"] != nil {
			t.Errorf("shutdown: %v", m)
		}
		r.send(`{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}}`)
		if m := r.recv(); errCode(m) != -32600 {
			t.Errorf("request after shutdown: %v, want InvalidRequest", m)
		}
		r.send(`{"jsonrpc":"2.0","method":"exit"}`)
		if code := <-r.exit; code != 0 {
			t.Errorf("exit code %d", code)
		}
	})
	t.Run("exit without shutdown gives 1", func(t *testing.T) {
		r := newRawServer(t)
		r.initialize()
		r.send(`{"jsonrpc":"2.0","method":"exit"}`)
		if code := <-r.exit; code != 1 {
			t.Errorf("exit code %d", code)
		}
	})
	t.Run("initialize twice", func(t *testing.T) {
		r := newRawServer(t)
		r.initialize()
		r.send(`{"jsonrpc":"2.0","id":5,"method":"initialize","params":{"capabilities":{}}}`)
		if m := r.recv(); errCode(m) != -32600 {
			t.Errorf("second initialize: %v", m)
		}
	})
}

// TestCapabilities checks that what is declared is what is implemented.
func TestCapabilities(t *testing.T) {
	c := startServer(t, t.TempDir(), Options{})
	res := c.initialize(nil)
	caps := res["capabilities"].(map[string]any)
	want := map[string]bool{"textDocumentSync": true, "hoverProvider": true, "definitionProvider": true,
		"referencesProvider": true, "documentSymbolProvider": true, "foldingRangeProvider": true,
		"codeActionProvider": true, "codeLensProvider": true, "executeCommandProvider": true, "positionEncoding": true}
	for k := range caps {
		if !want[k] {
			t.Errorf("declares %s, which is not implemented", k)
		}
		delete(want, k)
	}
	for k := range want {
		t.Errorf("does not declare %s", k)
	}
	if sync := caps["textDocumentSync"].(map[string]any); sync["change"] != float64(2) || sync["openClose"] != true {
		t.Errorf("textDocumentSync %v, want incremental", sync)
	}
	if caps["positionEncoding"] != "utf-16" {
		t.Errorf("positionEncoding %v, want utf-16 by default", caps["positionEncoding"])
	}
	cmds := caps["executeCommandProvider"].(map[string]any)["commands"]
	if fmt.Sprint(cmds) != "[kiln.run kiln.showTrace]" {
		t.Errorf("commands %v", cmds)
	}
	if info := res["serverInfo"].(map[string]any); info["name"] != "kiln-lsp" {
		t.Errorf("serverInfo %v", info)
	}
	c.shutdown()
}

// TestPositionEncodings checks reference columns on a line with non-ASCII
// text and emoji under each negotiated encoding.
func TestPositionEncodings(t *testing.T) {
	src := "x = '€😀'; y = x\n"
	// The second x is at byte 19, code point 14, UTF-16 unit 15.
	for _, tc := range []struct {
		offered []string
		enc     string
		col     uint32
	}{
		{nil, "utf-16", 15},
		{[]string{"utf-8", "utf-16"}, "utf-8", 19},
		{[]string{"utf-32"}, "utf-32", 14},
		{[]string{"latin-1"}, "utf-16", 15},
	} {
		t.Run(tc.enc+fmt.Sprint(tc.offered), func(t *testing.T) {
			c := startServer(t, t.TempDir(), Options{})
			extra := map[string]any{}
			if tc.offered != nil {
				extra["capabilities"] = map[string]any{"general": map[string]any{"positionEncodings": tc.offered}}
			}
			res := c.initialize(extra)
			if got := res["capabilities"].(map[string]any)["positionEncoding"]; got != tc.enc {
				t.Fatalf("negotiated %v, want %s", got, tc.enc)
			}
			uri := c.open("prog.py", src)
			locs, err := c.server.References(context.Background(), &protocol.ReferenceParams{
				TextDocumentPositionParams: protocol.TextDocumentPositionParams{
					TextDocument: protocol.TextDocumentIdentifier{URI: uri},
					Position:     protocol.Position{Line: 0, Character: tc.col}},
				Context: protocol.ReferenceContext{IncludeDeclaration: true}})
			if err != nil {
				t.Fatal(err)
			}
			if len(locs) != 2 || locs[1].Range.Start.Character != tc.col || locs[1].Range.End.Character != tc.col+1 {
				t.Errorf("references %v, want x at 0 and %d", locs, tc.col)
			}
			c.shutdown()
		})
	}
}

// TestMalformedMessages sends what a broken client might: each gets a
// JSON-RPC error (or is ignored, for notifications) and the server goes on.
func TestMalformedMessages(t *testing.T) {
	r := newRawServer(t)
	r.initialize()
	for _, tc := range []struct {
		frame string
		code  int
	}{
		{"Content-Length: 5\r\n\r\n{oops", -32700},
		{"Content-Length: 2\r\n\r\n[]", -32600},
		{"Content-Length: 4\r\n\r\nnull", -32600},
		{frameOf(`{"jsonrpc":"2.0","id":{},"method":"x"}`), -32600},
		{"X-Nonsense\r\n\r\n", -32700},
		{"Content-Length: abc\r\n\r\n", -32700},
		{frameOf(`{"jsonrpc":"2.0","id":7,"method":"no/such/method","params":{}}`), -32601},
		{frameOf(`{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":5}}`), -32602},
		{frameOf(`{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///not/open.py"},"position":{"line":0,"character":0}}}`), -32602},
		{frameOf(`{"jsonrpc":"2.0","id":10,"method":"workspace/executeCommand","params":{"command":"rm -rf","arguments":[]}}`), -32602},
	} {
		r.sendFrame(tc.frame)
		m := r.recv()
		if got := errCode(m); got != tc.code {
			t.Errorf("%q: error %d (%v), want %d", tc.frame, got, m, tc.code)
		}
	}
	// Notifications with bad params, and unknown ones, are dropped.
	r.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":"x"}}`)
	r.send(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":7}`)
	r.send(`{"jsonrpc":"2.0","method":"$/unknownNotification","params":{}}`)
	// Still alive and answering.
	r.send(`{"jsonrpc":"2.0","id":11,"method":"shutdown"}`)
	if m := r.recv(); errCode(m) != 0 || m["id"] != float64(11) {
		t.Errorf("shutdown after garbage: %v", m)
	}
	r.send(`{"jsonrpc":"2.0","method":"exit"}`)
	if code := <-r.exit; code != 0 {
		t.Errorf("exit code %d", code)
	}
}

// TestConcurrentRequests sends many requests without waiting and checks
// every one is answered, with its own result.
func TestConcurrentRequests(t *testing.T) {
	c := startServer(t, t.TempDir(), Options{})
	c.initialize(nil)
	uri := c.open("prog.py", "def f(a):\n    return a\n\nf(1)\n")
	errc := make(chan error, 64)
	for i := 0; i < 64; i++ {
		go func(i int) {
			var locs []protocol.Location
			err := c.call("textDocument/references", map[string]any{
				"textDocument": map[string]any{"uri": uri},
				"position":     map[string]any{"line": 1, "character": 11},
				"context":      map[string]any{"includeDeclaration": i%2 == 0}}, &locs)
			if err == nil && len(locs) != 2-i%2 {
				err = fmt.Errorf("request %d: %v", i, locs)
			}
			errc <- err
		}(i)
	}
	for i := 0; i < 64; i++ {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
	c.shutdown()
}

// TestCancelUnknownRequest: cancelling an id that is not running is a
// no-op, and a malformed cancel does not hurt.
func TestCancelUnknownRequest(t *testing.T) {
	r := newRawServer(t)
	r.initialize()
	r.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":999}}`)
	r.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":{"x":1}}}`)
	r.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":"junk"}`)
	r.send(`{"jsonrpc":"2.0","id":"s1","method":"shutdown"}`)
	if m := r.recv(); errCode(m) != 0 || m["id"] != "s1" {
		t.Errorf("shutdown: %v", m)
	}
}

// TestCapabilitiesMatchMethods sends every LSP request: those a declared
// capability promises are answered (an error other than MethodNotFound
// is an answer), every other one gets MethodNotFound, so that nothing is
// declared that is not implemented, and nothing implemented goes
// undeclared.
func TestCapabilitiesMatchMethods(t *testing.T) {
	declared := map[string]string{ // request → the capability promising it
		"textDocument/hover":          "hoverProvider",
		"textDocument/definition":     "definitionProvider",
		"textDocument/references":     "referencesProvider",
		"textDocument/documentSymbol": "documentSymbolProvider",
		"textDocument/foldingRange":   "foldingRangeProvider",
		"textDocument/codeAction":     "codeActionProvider",
		"textDocument/codeLens":       "codeLensProvider",
		"workspace/executeCommand":    "executeCommandProvider",
	}
	undeclared := []string{"textDocument/completion", "completionItem/resolve", "textDocument/signatureHelp",
		"textDocument/declaration", "textDocument/typeDefinition", "textDocument/implementation",
		"textDocument/documentHighlight", "textDocument/documentLink", "documentLink/resolve",
		"textDocument/documentColor", "textDocument/colorPresentation", "textDocument/formatting",
		"textDocument/rangeFormatting", "textDocument/onTypeFormatting", "textDocument/rename",
		"textDocument/prepareRename", "textDocument/selectionRange", "textDocument/semanticTokens/full",
		"textDocument/semanticTokens/range", "textDocument/linkedEditingRange", "textDocument/moniker",
		"textDocument/prepareCallHierarchy", "callHierarchy/incomingCalls", "textDocument/willSaveWaitUntil",
		"workspace/symbol", "codeLens/resolve", "codeAction/resolve", "workspace/willRenameFiles"}
	r := newRawServer(t)
	r.send(`{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"capabilities":{}}}`)
	caps, _ := r.recv()["result"].(map[string]any)["capabilities"].(map[string]any)
	r.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.py","languageId":"python","version":1,"text":"x = 1\nprint(x)\n"}}}`)
	params := `{"textDocument":{"uri":"file:///w/a.py"},"position":{"line":1,"character":6},` +
		`"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}},"context":{"diagnostics":[],"includeDeclaration":true},` +
		`"command":"kiln.showTrace","arguments":["file:///w/a.py"],"query":"x","newName":"y","options":{"tabSize":4,"insertSpaces":true},` +
		`"positions":[{"line":0,"character":0}],"ch":"x","files":[],"title":"t","reason":1}`
	check := func(method string, want bool) {
		t.Helper()
		p := params
		if strings.HasSuffix(method, "/resolve") { // params: the item itself
			p = `{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"label":"x","title":"x"}`
		}
		r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%q,"method":%q,"params":%s}`, method, method, p))
		m := r.recv()
		if m["id"] != method {
			t.Fatalf("%s: reply %v", method, m)
		}
		if answered := errCode(m) != -32601; answered != want {
			t.Errorf("%s: declared %v, but the reply is %v", method, want, m)
		}
	}
	for method, capability := range declared {
		if caps[capability] == nil {
			t.Errorf("%s is not declared", capability)
		}
		check(method, true)
	}
	for _, method := range undeclared {
		check(method, false)
	}
}

// TestIncrementalEditEncodings applies an incremental change after an
// emoji under each negotiated encoding: the change must land on the
// character the client meant.
func TestIncrementalEditEncodings(t *testing.T) {
	src := "s = '😀'; x = 1\nprint(x)\n"
	// x is at byte 12, code point 9, UTF-16 unit 10.
	for _, tc := range []struct {
		enc string
		col int
	}{{"utf-16", 10}, {"utf-8", 12}, {"utf-32", 9}} {
		t.Run(tc.enc, func(t *testing.T) {
			c := startServer(t, t.TempDir(), Options{})
			c.initialize(map[string]any{"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{tc.enc}}}})
			uri := c.open("prog.py", src)
			c.change(uri, 2, rangeChange(0, tc.col, 0, tc.col+1, "yy"))
			pos := protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri},
				Position: protocol.Position{Line: 0, Character: uint32(tc.col + 1)}}
			h, err := c.server.Hover(context.Background(), &protocol.HoverParams{TextDocumentPositionParams: pos})
			if err != nil || h == nil || !strings.Contains(h.Contents.Value, "(global variable) yy") {
				t.Fatalf("hover on the new name: %+v %v", h, err)
			}
			if h.Range == nil || h.Range.Start.Character != uint32(tc.col) || h.Range.End.Character != uint32(tc.col+2) {
				t.Errorf("the new name spans %+v, want %d-%d", h.Range, tc.col, tc.col+2)
			}
			c.shutdown()
		})
	}
}
