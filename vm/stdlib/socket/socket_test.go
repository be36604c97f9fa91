package socket

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

// run executes src in a fresh interpreter's __main__-like namespace.
func run(th *runtime.Thread, src string) error {
	globals := runtime.NewDict()
	globals.SetStr("__builtins__", runtime.ValueOf(th.Interp.Builtins))
	globals.SetStr("__name__", runtime.NewStr("__main__"))
	_, err := runtime.ExecSource(th, "<test>", []byte(src), "exec", globals, nil)
	return err
}

// TestBlockingCallsSeePendingWork checks that a blocking accept() and
// recv() do not hold up the interpreter's pending work: a signal flagged
// while they wait (what Ctrl-C does) ends them with KeyboardInterrupt.
func TestBlockingCallsSeePendingWork(t *testing.T) {
	for _, src := range []string{
		"import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen()\ns.accept()\n",
		"import socket\na, b = socket.socketpair()\na.recv(10)\n",
		"import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', 0))\ns.settimeout(30)\ns.recvfrom(10)\n",
	} {
		interp := runtime.NewInterpreter(runtime.Options{})
		th := interp.MainThread()
		timer := time.AfterFunc(200*time.Millisecond, func() { interp.Pending.Or(runtime.PendingSignal) })
		start := time.Now()
		err := run(th, src)
		timer.Stop()
		if !runtime.IsInstanceOf(err, runtime.KeyboardInterrupt) {
			t.Errorf("%q: got %v, want KeyboardInterrupt", src, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q: the interrupt took %v", src, d)
		}
	}
}

// TestTimeout checks that a timeout ends a blocking call with
// TimeoutError('timed out').
func TestTimeout(t *testing.T) {
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	err := run(th, "import socket\na, b = socket.socketpair()\na.settimeout(0.05)\na.recv(1)\n")
	if !runtime.IsInstanceOf(err, runtime.TimeoutError) {
		t.Fatalf("got %v, want TimeoutError", err)
	}
	if msg := runtime.FormatExceptionOnly(th, runtime.AsException(err)); msg != "TimeoutError: timed out" {
		t.Errorf("got %q", msg)
	}
}

// TestUnclosedSocketIsReported checks that a socket the program drops
// without closing is reported like an unclosed file under -X
// track-resources, at its allocation site, and that a closed one is not.
func TestUnclosedSocketIsReported(t *testing.T) {
	var out strings.Builder
	interp := runtime.NewInterpreter(runtime.Options{Stderr: &out, Stdout: &out,
		XOptions: map[string]string{"track-resources": ""}})
	th := interp.MainThread()
	src := "import socket, gc\n" +
		"def leak():\n" +
		"    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n" +
		"    s.bind(('127.0.0.1', 0))\n" +
		"def tidy():\n" +
		"    with socket.socket() as s:\n" +
		"        pass\n" +
		"tidy()\n" +
		"leak()\n" +
		"gc.collect()\n"
	if err := run(th, src); err != nil {
		t.Fatal(err)
	}
	interp.FlushStdStreams()
	got := out.String()
	for _, want := range []string{
		"<test>:3: ResourceWarning: unclosed <socket.socket fd=",
		"family=2, type=2, proto=0, laddr=('127.0.0.1', ",
		"Created at (most recent call last):",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "ResourceWarning"); n != 1 {
		t.Errorf("%d warnings, want 1:\n%s", n, got)
	}
}

// TestOutOfDescriptors checks that a program that drops sockets without
// closing them keeps working when it reaches the descriptor limit:
// socket() collects the dropped ones and retries.
func TestOutOfDescriptors(t *testing.T) {
	var old unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &old); err != nil {
		t.Skip(err)
	}
	limited := old
	limited.Cur = 64
	if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &limited); err != nil {
		t.Skip(err)
	}
	defer unix.Setrlimit(unix.RLIMIT_NOFILE, &old)
	th := runtime.NewInterpreter(runtime.Options{}).MainThread()
	err := run(th, "import socket\nfor i in range(300):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n")
	if err != nil {
		t.Fatal(err)
	}
}

// TestSocketOpenAtExit checks that a socket still open when the program
// ends is closed at exit and reported as leaked there, as a file is.
func TestSocketOpenAtExit(t *testing.T) {
	var out strings.Builder
	interp := runtime.NewInterpreter(runtime.Options{Stderr: &out, Stdout: &out,
		XOptions: map[string]string{"track-resources": ""}})
	th := interp.MainThread()
	src := "import socket\n" +
		"kept = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n" +
		"closed = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n" +
		"closed.close()\n"
	if err := run(th, src); err != nil {
		t.Fatal(err)
	}
	interp.Shutdown(th)
	got := out.String()
	if !strings.Contains(got, "<test>:2: ResourceWarning: unclosed <socket.socket fd=") {
		t.Errorf("no warning for the socket kept open:\n%s", got)
	}
	if n := strings.Count(got, "ResourceWarning"); n != 1 {
		t.Errorf("%d warnings, want 1:\n%s", n, got)
	}
}

// TestMakefileFlushedAtExit checks that what a makefile() writer still
// holds when the program ends reaches the socket, as CPython's teardown
// closes its BufferedWriter: text and binary writers over a socket whose
// other end the test reads after the interpreter shut down.
func TestMakefileFlushedAtExit(t *testing.T) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fds[1])
	var out strings.Builder
	interp := runtime.NewInterpreter(runtime.Options{Stderr: &out, Stdout: &out})
	th := interp.MainThread()
	src := "import socket\n" +
		"s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0, " + strconv.Itoa(fds[0]) + ")\n" +
		"text = s.makefile('w', encoding='utf-8')\n" +
		"text.write('text held; ')\n" +
		"binary = s.makefile('wb')\n" +
		"binary.write(b'bytes held')\n"
	if err := run(th, src); err != nil {
		t.Fatal(err)
	}
	interp.Shutdown(th)
	if out.Len() > 0 {
		t.Errorf("output at exit:\n%s", out.String())
	}
	var got []byte
	buf := make([]byte, 256)
	for {
		n, err := unix.Read(fds[1], buf)
		if n <= 0 || err != nil {
			break
		}
		got = append(got, buf[:n]...)
	}
	if want := "text held; bytes held"; string(got) != want {
		t.Errorf("the socket got %q, want %q", got, want)
	}
}
