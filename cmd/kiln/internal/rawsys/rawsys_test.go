package rawsys

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

func TestGetenv(t *testing.T) {
	name, value, _ := strings.Cut(os.Environ()[0], "=")
	if got, ok := Getenv(name); !ok || got != value {
		t.Errorf("Getenv(%q) = %q, %v; want %q, true", name, got, ok, value)
	}
	if len(name) > 1 {
		if _, ok := Getenv(name[:len(name)-1]); ok {
			t.Errorf("Getenv found %q, a prefix of %q", name[:len(name)-1], name)
		}
	}
	if _, ok := Getenv("KILN_TEST_NOT_IN_THE_ENVIRONMENT"); ok {
		t.Error("Getenv found a variable that is not set")
	}
}

func TestSyscall6(t *testing.T) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		if _, errno := Syscall6(39, 0, 0, 0, 0, 0, 0); errno != uintptr(syscall.ENOSYS) {
			t.Fatalf("Syscall6 without assembly: errno %d, want ENOSYS", errno)
		}
		return
	}
	if pid, errno := Syscall6(39, 0, 0, 0, 0, 0, 0); errno != 0 || int(pid) != os.Getpid() { // getpid
		t.Errorf("getpid: %d, errno %d; want %d", pid, errno, os.Getpid())
	}
	if _, errno := Syscall6(3, ^uintptr(0), 0, 0, 0, 0, 0); errno != uintptr(syscall.EBADF) { // close(-1)
		t.Errorf("close(-1): errno %d, want EBADF", errno)
	}
}

// TestFailed checks the -errno range: -1 to -4095 fail, -4096 and a
// small result (a thread ID) do not.
func TestFailed(t *testing.T) {
	for _, c := range []struct {
		r    uintptr
		want bool
	}{{^uintptr(0), true}, {^uintptr(4094), true}, {^uintptr(4095), false}, {1234, false}} {
		if got := Failed(c.r); got != c.want {
			t.Errorf("Failed(%#x) = %v, want %v", c.r, got, c.want)
		}
	}
}
