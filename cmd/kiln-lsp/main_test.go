// Tests of the kiln-lsp binary: the protocol alone on stdout, logs on
// stderr, and LSP's exit codes.

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// build builds kiln-lsp once for all tests.
func build(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kiln-lsp-test")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "kiln-lsp")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// session runs kiln-lsp with input on stdin and returns its stdout, stderr
// and exit code.
func session(t *testing.T, bin, input string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, "-log-level", "debug")
	cmd.Stdin = strings.NewReader(input)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errOut.String(), code
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("kiln-lsp did not exit")
	}
	return "", "", -1
}

// frames checks that stdout is nothing but framed messages.
func frames(t *testing.T, stdout string) []string {
	t.Helper()
	r := bufio.NewReader(strings.NewReader(stdout))
	var bodies []string
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF && line == "" {
			return bodies
		}
		n, ok := strings.CutPrefix(strings.TrimSpace(line), "Content-Length: ")
		if !ok {
			t.Fatalf("stdout has a non-protocol line %q", line)
		}
		length, _ := strconv.Atoi(n)
		if blank, _ := r.ReadString('\n'); blank != "\r\n" {
			t.Fatalf("bad header end %q", blank)
		}
		body := make([]byte, length)
		if n, err := io.ReadFull(r, body); err != nil {
			t.Fatalf("message %d cut after %d of %d bytes: %q", len(bodies)+1, n, length, body[:n])
		}
		bodies = append(bodies, string(body))
	}
}

func TestExitCodesAndStdout(t *testing.T) {
	bin := build(t)
	initialize := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
		frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/x.py","languageId":"python","version":1,"text":"def (:\n"}}}`)

	out, errOut, code := session(t, bin, initialize+frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)+frame(`{"jsonrpc":"2.0","method":"exit"}`))
	if code != 0 {
		t.Errorf("shutdown then exit: code %d, want 0\n%s", code, errOut)
	}
	bodies := frames(t, out)
	if len(bodies) < 2 || !strings.Contains(strings.Join(bodies, "\n"), `"id":2`) {
		t.Errorf("responses %q", bodies)
	}
	if errOut == "" {
		t.Error("no log on stderr at debug level")
	}

	_, _, code = session(t, bin, initialize+frame(`{"jsonrpc":"2.0","method":"exit"}`))
	if code != 1 {
		t.Errorf("exit without shutdown: code %d, want 1", code)
	}
	_, _, code = session(t, bin, initialize) // the editor closes the pipe
	if code != 1 {
		t.Errorf("end of input: code %d, want 1", code)
	}
}

// TestStdioFlag: vscode-languageclient starts the server with --stdio when
// the extension names the transport; kiln-lsp must speak LSP, not stop at a
// usage message.
func TestStdioFlag(t *testing.T) {
	bin := build(t)
	input := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) + frame(`{"jsonrpc":"2.0","method":"exit"}`)
	for _, arg := range []string{"--stdio", "-stdio"} {
		cmd := exec.Command(bin, arg)
		cmd.Stdin = strings.NewReader(input)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("kiln-lsp %s: %v\n%s", arg, err, errOut.String())
		}
		if bodies := frames(t, out.String()); len(bodies) < 2 || !strings.Contains(bodies[0], `"capabilities"`) {
			t.Errorf("kiln-lsp %s answered %q", arg, bodies)
		}
	}
}

func TestUsage(t *testing.T) {
	_, _, code := session(t, build(t), "")
	if code != 1 {
		t.Errorf("empty input: code %d", code)
	}
	cmd := exec.Command(build(t), "extra", "args")
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Errorf("bad arguments: %v, want exit 2", err)
	}
}

// TestExitLeavesWholeFrames: exit comes while diagnostics for many
// documents are still being written. kiln-lsp exits at once after it, and
// what it wrote must still be whole messages: a header followed by half a
// body would be read as garbage by the editor.
func TestExitLeavesWholeFrames(t *testing.T) {
	bin := build(t)
	var in strings.Builder
	in.WriteString(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`))
	in.WriteString(frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`))
	for i := 0; i < 200; i++ {
		in.WriteString(frame(fmt.Sprintf(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/p%d.py","languageId":"python","version":1,"text":"def (:\n"}}}`, i)))
	}
	in.WriteString(frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) + frame(`{"jsonrpc":"2.0","method":"exit"}`))
	for run := 0; run < 10; run++ {
		out, errOut, code := session(t, bin, in.String())
		if code != 0 {
			t.Fatalf("exit code %d\n%s", code, errOut)
		}
		frames(t, out) // fails on a cut message
	}
}
