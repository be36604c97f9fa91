// Tests of the kiln.run command: the command line it builds, progress, the
// facts it loads, the time limit, cancellation, bounded output, and a
// child that crashes, all without the server going down. Fake kilns are
// shell scripts; TestRunRealKiln runs today's kiln.

package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// fakeKiln writes an executable script that stands in for kiln. It sees
// kiln's command line; $TRACELOG is the -X tracelog= file.
func fakeKiln(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kiln")
	script := `#!/bin/sh
for a in "$@"; do
  case "$a" in tracelog=*) TRACELOG="${a#tracelog=}";; esac
done
` + body + "\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

const leakingProg = "def main():\n    open('out.txt', 'w').write('x')\n\nmain()\n"

// runSession opens prog.py in a fresh workspace with kiln set to kiln.
func runSession(t *testing.T, kiln string, settings map[string]any) (*testClient, protocol.DocumentURI) {
	t.Helper()
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "prog.py"), []byte(leakingProg), 0o644)
	c := startServer(t, root, Options{KilnPath: kiln})
	if settings == nil {
		settings = map[string]any{}
	}
	c.initialize(map[string]any{"initializationOptions": settings})
	return c, c.open("prog.py", leakingProg)
}

func run(ctx context.Context, c *testClient, uri protocol.DocumentURI) (*runResult, error) {
	var res runResult
	// protocol.Call sends $/cancelRequest when ctx ends.
	err := protocol.Call(ctx, c.conn, "workspace/executeCommand", map[string]any{
		"command": "kiln.run", "arguments": []any{string(uri)}}, &res)
	return &res, err
}

func TestRunLoadsFacts(t *testing.T) {
	argsFile := filepath.Join(t.TempDir(), "args")
	kiln := fakeKiln(t, `echo "$@" > `+argsFile+`
echo "hello from the program"
cat > "$TRACELOG" <<'LOG'
{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
{"kind":"resource.leak","id":1,"resource":"file","desc":"out.txt","detected_by":"gc","pos":{"file":"prog.py","line":2,"col":5},"stack":[{"func":"main","file":"prog.py","line":2,"col":5}]}
LOG
exit 3`)
	c, uri := runSession(t, kiln, nil)
	res, err := run(context.Background(), c, uri)
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 3 || res.Output != "hello from the program\n" || res.Leaks != 1 || res.TimedOut {
		t.Errorf("result %+v", res)
	}
	args, _ := os.ReadFile(argsFile)
	for _, want := range []string{"-X track-resources", "-X tracelog=" + filepath.Join(c.root, ".kiln", "prog.jsonl"),
		"-X profile=" + filepath.Join(c.root, ".kiln", "prog.pb.gz"), filepath.Join(c.root, "prog.py")} {
		if !strings.Contains(string(args), want) {
			t.Errorf("kiln's arguments %q lack %q", args, want)
		}
	}
	eventually(t, func() error {
		if got := diagLines(c, uri); fmt.Sprint(got) != "[1]" {
			return fmt.Errorf("leak diagnostics on %v", got)
		}
		return nil
	})
	// $/progress: begin, ..., end. The test client handles notifications
	// apart from replies, so the end may be seen after the reply.
	eventually(t, func() error {
		c.mu.Lock()
		progress := strings.Join(c.progress, "\n")
		c.mu.Unlock()
		if !strings.Contains(progress, `"kind":"begin"`) || !strings.Contains(progress, `"kind":"end"`) {
			return fmt.Errorf("progress reports: %s", progress)
		}
		return nil
	})
	c.shutdown()
}

func TestRunTimeLimitAndResponsiveness(t *testing.T) {
	kiln := fakeKiln(t, `sleep 60`)
	c, uri := runSession(t, kiln, map[string]any{"runTimeout": 0.5})
	done := make(chan *runResult, 1)
	go func() {
		res, err := run(context.Background(), c, uri)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	// While the program runs, other requests are answered.
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	if _, err := c.server.DocumentSymbol(context.Background(), &protocol.DocumentSymbolParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri}}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Errorf("documentSymbol took %v during a run", d)
	}
	select {
	case res := <-done:
		if !res.TimedOut || res.ExitCode != -1 {
			t.Errorf("result %+v, want a timed-out run", res)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the time limit did not stop the program")
	}
	c.shutdown()
}

// TestRunCancel cancels a running kiln.run: protocol.Call sends
// $/cancelRequest when its context ends; the reply is RequestCancelled
// and the child is killed.
func TestRunCancel(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	kiln := fakeKiln(t, `echo $$ > `+pidFile+`; exec sleep 60`)
	c, uri := runSession(t, kiln, nil)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := run(ctx, c, uri)
		errc <- err
	}()
	eventually(t, func() error {
		_, err := os.Stat(pidFile)
		return err
	})
	cancel()
	select {
	case err := <-errc:
		if err == nil {
			t.Error("cancelled run returned no error")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("cancelled run did not return")
	}
	b, _ := os.ReadFile(pidFile)
	var pid int
	fmt.Sscan(string(b), &pid)
	eventually(t, func() error {
		if err := syscall.Kill(pid, 0); err == nil {
			return fmt.Errorf("child %d still running after cancel", pid)
		}
		return nil
	})
	c.shutdown()
}

// TestRunCancelReply checks the reply to a cancelled run on the wire:
// error -32800 for the request's id.
func TestRunCancelReply(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(root+"/prog.py", []byte("pass\n"), 0o644)
	r := newRawServerWith(t, Options{KilnPath: fakeKiln(t, `exec sleep 60`)})
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":%q,"capabilities":{}}}`, fileURI(root)))
	r.recv()
	r.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"kiln.run","arguments":[%q]}}`, fileURI(root+"/prog.py")))
	time.Sleep(200 * time.Millisecond)
	r.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}`)
	if m := r.recv(); errCode(m) != -32800 || m["id"] != float64(2) {
		t.Errorf("reply to the cancelled run: %v", m)
	}
}

func TestRunCrashAndFlood(t *testing.T) {
	t.Run("crash", func(t *testing.T) {
		c, uri := runSession(t, fakeKiln(t, `kill -SEGV $$`), nil)
		res, err := run(context.Background(), c, uri)
		if err != nil || res.ExitCode != -1 {
			t.Errorf("result %+v, %v", res, err)
		}
		c.shutdown() // the server is still there
	})
	t.Run("flood", func(t *testing.T) {
		c, uri := runSession(t, fakeKiln(t, `head -c 5000000 /dev/zero | tr '\0' x`), map[string]any{"maxOutputBytes": 1000})
		res, err := run(context.Background(), c, uri)
		if err != nil || len(res.Output) != 1000 || !res.Truncated || res.ExitCode != 0 {
			t.Errorf("exit %d, %d bytes of output, truncated %v, %v", res.ExitCode, len(res.Output), res.Truncated, err)
		}
		c.shutdown()
	})
	t.Run("garbage log", func(t *testing.T) {
		// A log cut short keeps what was written before the cut; one
		// that is not a trace log at all is ignored.
		for _, log := range []string{"not a trace log\n\x00\xff", `{"tracelog":1,"program":"kiln"}` + "\n" +
			`{"kind":"resource.leak","id":1,"resource":"file","desc":"out.txt","detected_by":"gc","pos":{"file":"prog.py","line":2,"col":5},"stack":[]}` + "\n{\"kind\":\"resou"} {
			c, uri := runSession(t, fakeKiln(t, "printf '%s' '"+log+"' > \"$TRACELOG\""), nil)
			res, err := run(context.Background(), c, uri)
			if err != nil || res.ExitCode != 0 {
				t.Errorf("result %+v, %v", res, err)
			}
			if want := strings.Count(log, "resource.leak"); res.Leaks != want {
				t.Errorf("log %q: %d leaks, want %d", log, res.Leaks, want)
			}
			c.shutdown()
		}
	})
	t.Run("missing kiln", func(t *testing.T) {
		c, uri := runSession(t, filepath.Join(t.TempDir(), "no-kiln"), nil)
		res, err := run(context.Background(), c, uri)
		if err != nil || !strings.Contains(res.Output, "cannot start") {
			t.Errorf("result %+v, %v", res, err)
		}
		c.shutdown()
	})
	t.Run("bad arguments", func(t *testing.T) {
		c, _ := runSession(t, "kiln", nil)
		// No argument is allowed when a document is open (TestRunDefaults).
		for _, args := range [][]any{{42}, {"file:///does/not/exist.py"}, {"untitled:1"}} {
			var res any
			err := c.call("workspace/executeCommand", map[string]any{"command": "kiln.run", "arguments": args}, &res)
			var rpcErr *jsonrpc2.Error
			if !errors.As(err, &rpcErr) || rpcErr.Code != jsonrpc2.InvalidParams {
				t.Errorf("arguments %v: error %v, want InvalidParams", args, err)
			}
		}
		c.shutdown()
	})
}

// TestRunRealKiln runs the programs of testdata/realkiln with today's
// kiln through kiln.run, then checks their markers against what the run
// wrote: leaks from its resource.leak events, loop lenses and trace IR
// from its jit.* events, the warm-up lens, and the hot-code lens from its
// pprof profile.
func TestRunRealKiln(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kiln")
	}
	kiln := filepath.Join(t.TempDir(), "kiln")
	build := exec.Command("go", "build", "-o", kiln, "../cmd/kiln")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	paths, _ := filepath.Glob("testdata/realkiln/*.txt")
	if len(paths) == 0 {
		t.Fatal("no tests in testdata/realkiln")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			runMarkerTestWith(t, path, Options{KilnPath: kiln}, func(c *testClient, uri protocol.DocumentURI) {
				res, err := run(context.Background(), c, uri)
				if err != nil {
					t.Fatal(err)
				}
				b, _ := json.Marshal(res)
				t.Logf("kiln.run: %s", b)
				if res.ExitCode != 0 || res.TraceLog == "" || res.Profile == "" {
					t.Fatalf("result %+v", res)
				}
			})
		})
	}
}

// TestRunSettingsChange changes the time limit with
// workspace/didChangeConfiguration.
func TestRunSettingsChange(t *testing.T) {
	c, uri := runSession(t, fakeKiln(t, `sleep 60`), nil)
	err := c.conn.Notify(context.Background(), "workspace/didChangeConfiguration", map[string]any{
		"settings": map[string]any{"kiln": map[string]any{"runTimeout": 0.3}}})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	res, err := run(context.Background(), c, uri)
	if err != nil || !res.TimedOut || time.Since(start) > 5*time.Second {
		t.Errorf("result %+v, %v after %v", res, err, time.Since(start))
	}
	c.shutdown()
}

// TestRunDefaults covers what editors send when a user sets nothing: an
// empty kilnPath keeps the server's kiln, and kiln.run with no argument
// runs the document opened last, or is an error when none is open.
func TestRunDefaults(t *testing.T) {
	bare := startServer(t, t.TempDir(), Options{KilnPath: "kiln"})
	bare.initialize(map[string]any{})
	var out any
	err := bare.call("workspace/executeCommand", map[string]any{"command": "kiln.run", "arguments": []any{}}, &out)
	var rpcErr *jsonrpc2.Error
	if !errors.As(err, &rpcErr) || rpcErr.Code != jsonrpc2.InvalidParams {
		t.Errorf("no argument and no document: error %v, want InvalidParams", err)
	}
	bare.shutdown()

	kiln := fakeKiln(t, `echo "ran $*"`)
	c, uri := runSession(t, kiln, map[string]any{"kilnPath": ""})
	var res runResult
	err = protocol.Call(context.Background(), c.conn, "workspace/executeCommand", map[string]any{
		"command": "kiln.run", "arguments": []any{}}, &res)
	if err != nil {
		t.Fatal(err)
	}
	if res.ExitCode != 0 || !strings.Contains(res.Output, "ran ") || !strings.Contains(res.Output, uriPath(uri)) {
		t.Errorf("result %+v, want a run of %s", res, uriPath(uri))
	}
	c.shutdown()
}

// TestRunLogNotWatchedWhileWritten checks that the log watcher leaves the
// log of a run in progress alone: a load of the half-written log could
// otherwise finish after the run's own load and replace its facts.
func TestRunLogNotWatchedWhileWritten(t *testing.T) {
	leakAt := func(line int) string {
		return fmt.Sprintf(`{"tracelog":1,"program":"kiln"}
{"kind":"run.start","argv":["prog.py"]}
{"kind":"resource.leak","id":1,"resource":"file","desc":"out.txt","detected_by":"gc","pos":{"file":"prog.py","line":%d,"col":5},"stack":[{"func":"main","file":"prog.py","line":%d,"col":5}]}
`, line, line)
	}
	// The half-written log names line 1, the finished one line 2; the
	// watcher polls every 20 ms, so 300 ms is 15 chances to load it.
	kiln := fakeKiln(t, "cat > \"$TRACELOG\" <<'LOG'\n"+leakAt(1)+"LOG\nsleep 0.3\ncat > \"$TRACELOG\" <<'LOG'\n"+leakAt(2)+"LOG\n")
	c, uri := runSession(t, kiln, nil)
	done := make(chan struct{})
	seen := make(chan []int, 1)
	go func() {
		var bad []int
		for {
			select {
			case <-done:
				seen <- bad
				return
			case <-time.After(5 * time.Millisecond):
				if got := diagLines(c, uri); fmt.Sprint(got) == "[0]" {
					bad = got
				}
			}
		}
	}()
	if _, err := run(context.Background(), c, uri); err != nil {
		t.Fatal(err)
	}
	close(done)
	if bad := <-seen; bad != nil {
		t.Errorf("the half-written log was loaded during the run: diagnostics on %v", bad)
	}
	eventually(t, func() error {
		if got := diagLines(c, uri); fmt.Sprint(got) != "[1]" {
			return fmt.Errorf("leak diagnostics on %v, want [1] (line 2)", got)
		}
		return nil
	})
	c.shutdown()
}

// TestRunSettingsDefaults: the time limit is 30 s and the output kept
// 64 KiB unless the client says otherwise; zero or negative values keep
// the defaults.
func TestRunSettingsDefaults(t *testing.T) {
	st := defaultSettings("kiln")
	if st.runTimeout() != 30*time.Second || st.MaxOutputBytes != 65536 || st.TrackResources != nil {
		t.Errorf("defaults %+v", st)
	}
	st.update(json.RawMessage(`{"runTimeout": 0, "maxOutputBytes": -1}`), zap.NewNop())
	if st.runTimeout() != 30*time.Second || st.MaxOutputBytes != 65536 {
		t.Errorf("after zero values %+v", st)
	}
	st.update(json.RawMessage(`{"kiln": {"runTimeout": 2.5, "maxOutputBytes": 10}}`), zap.NewNop())
	if st.runTimeout() != 2500*time.Millisecond || st.MaxOutputBytes != 10 || st.KilnPath != "kiln" {
		t.Errorf("after an update %+v", st)
	}
}

// TestRunProgressWithClientToken: a kiln.run request carrying a
// workDoneToken gets begin, a report each second the program runs, and
// end, all under that token.
func TestRunProgressWithClientToken(t *testing.T) {
	c, uri := runSession(t, fakeKiln(t, `sleep 1.3`), nil)
	var res runResult
	err := protocol.Call(context.Background(), c.conn, "workspace/executeCommand", map[string]any{
		"command": "kiln.run", "arguments": []any{string(uri)}, "workDoneToken": "tok-7"}, &res)
	if err != nil || res.ExitCode != 0 {
		t.Fatalf("result %+v, %v", res, err)
	}
	eventually(t, func() error {
		c.mu.Lock()
		progress := append([]string(nil), c.progress...)
		c.mu.Unlock()
		var kinds []string
		for _, p := range progress {
			tok, value, _ := strings.Cut(p, " ")
			if tok != "tok-7" {
				return fmt.Errorf("progress under token %q: %s", tok, p)
			}
			var v struct{ Kind string }
			json.Unmarshal([]byte(value), &v)
			kinds = append(kinds, v.Kind)
		}
		if got := strings.Join(kinds, " "); got != "begin report end" {
			return fmt.Errorf("progress kinds %q, want begin report end: %v", got, progress)
		}
		return nil
	})
	c.shutdown()
}

// TestRunChildIgnoringSIGTERM: a program that ignores SIGTERM at the time
// limit is killed with SIGKILL; the reply still comes and the server
// goes on.
func TestRunChildIgnoringSIGTERM(t *testing.T) {
	c, uri := runSession(t, fakeKiln(t, `trap '' TERM; sleep 60`), map[string]any{"runTimeout": 0.3})
	start := time.Now()
	res, err := run(context.Background(), c, uri)
	if err != nil || !res.TimedOut || res.ExitCode != -1 {
		t.Errorf("result %+v, %v", res, err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the run returned after %v", d)
	}
	c.shutdown()
}

// TestRunLenses: "▶ Run with Kiln" on the first line and on the
// __main__ guard runs kiln.run on the document, and a loop's JIT lens
// opens its trace with kiln.showTrace: executing a lens's command as an
// editor does (its arguments sent back as they came) works.
func TestRunLenses(t *testing.T) {
	c, uri := archiveSession(t, "testdata/jit/loops.txt")
	var lenses []protocol.CodeLens
	eventually(t, func() error {
		var err error
		lenses, err = c.server.CodeLens(context.Background(), &protocol.CodeLensParams{TextDocument: protocol.TextDocumentIdentifier{URI: uri}})
		if err == nil && len(lensLines(t, c, uri, "JIT:")) == 0 {
			err = fmt.Errorf("no JIT lens yet")
		}
		return err
	})
	var runs []uint32
	for _, l := range lenses {
		cmd := l.Command
		switch {
		case cmd.Title == "▶ Run with Kiln":
			runs = append(runs, l.Range.Start.Line)
			if cmd.Command != "kiln.run" || fmt.Sprint(cmd.Arguments) != fmt.Sprint([]any{string(uri)}) {
				t.Errorf("run lens command %+v", cmd)
			}
		case strings.HasPrefix(cmd.Title, "JIT: compiled"):
			if cmd.Command != "kiln.showTrace" {
				t.Errorf("JIT lens command %+v", cmd)
			}
			// The arguments as the editor got them, through JSON.
			var args []any
			b, _ := json.Marshal(cmd.Arguments)
			json.Unmarshal(b, &args)
			var text string
			if err := c.call("workspace/executeCommand", map[string]any{"command": cmd.Command, "arguments": args}, &text); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(text, fmt.Sprintf("# line %d: %s", l.Range.Start.Line+1, cmd.Title)) || strings.Contains(text, "trace aborted") {
				t.Errorf("showTrace from the lens of line %d:\n%s", l.Range.Start.Line+1, text)
			}
		}
	}
	if fmt.Sprint(runs) != "[0 16]" {
		t.Errorf("run lenses on lines %v, want the first and the __main__ guard", runs)
	}
	c.shutdown()
}
