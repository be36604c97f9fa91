package tracelog

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

const (
	killHelperEnv  = "TRACELOG_KILL_HELPER" // the log path, in the child
	killBufferSize = 4096
	killEvents     = 10000
)

// TestSIGKILL runs a child that emits events and is then killed with
// SIGKILL: the log must read without error, and lose at most the
// buffer being filled and the one being handed to the writer.
func TestSIGKILL(t *testing.T) {
	if path := os.Getenv(killHelperEnv); path != "" {
		killHelper(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "log.jsonl")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSIGKILL$")
	cmd.Env = append(os.Environ(), killHelperEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The child prints "emitted" once every event has been emitted.
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "emitted\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q, %v", line, err)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	events, err := ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	eventSize := len(appendJSON(nil, killEvent(killEvents)))
	if lost := killEvents - len(events); lost > 2*killBufferSize/eventSize+1 {
		t.Errorf("lost %d of %d events to SIGKILL", lost, killEvents)
	}
	for i, e := range events {
		if e.(*GuardFail).Guard != int64(i) {
			t.Fatalf("event %d is %s", i, String(e))
		}
	}
}

func killEvent(i int) Event {
	return &GuardFail{Loop: 1, Guard: int64(i), Pos: Pos{File: "prog.py", Line: 5, Col: 12}, Count: 1}
}

func killHelper(path string) {
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	l := newLog(f, f, Options{BufferSize: killBufferSize})
	for i := range killEvents {
		l.Emit(killEvent(i))
	}
	os.Stdout.WriteString("emitted\n")
	time.Sleep(time.Minute) // until killed; never Flush or Close
	panic("not killed after " + strconv.Itoa(killEvents) + " events")
}
