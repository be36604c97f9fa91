package sigflag

import (
	"syscall"
	"unsafe"
)

const supported = true

// sigaction is the kernel's struct sigaction for rt_sigaction on amd64.
type sigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// The flags of the handler: the runtime's signal stack (a goroutine's
// stack may be too small for the kernel's frame), system calls restarted
// as with the runtime's own handler, and a restorer of our own, which
// amd64 requires.
const (
	saRestorer = 0x04000000
	saOnstack  = 0x08000000
	saRestart  = 0x10000000
	sigIgn     = 1
)

// previous holds the actions Catch replaced, indexed by signal; caught
// marks the signals whose action is the handler.
var (
	previous [sigterm + 1]sigaction
	caught   [sigterm + 1]bool
)

// install replaces the actions of SIGINT and SIGTERM with the handler,
// except where the current action ignores the signal.
func install() bool {
	handlerPC, restorerPC := addresses()
	act := sigaction{handler: handlerPC, flags: saRestorer | saOnstack | saRestart, restorer: restorerPC}
	for _, sig := range [...]uintptr{sigint, sigterm} {
		var old sigaction
		if rtSigaction(sig, nil, &old) != 0 {
			restore()
			return false
		}
		if old.handler == sigIgn {
			continue
		}
		if rtSigaction(sig, &act, &previous[sig]) != 0 {
			restore()
			return false
		}
		caught[sig] = true
	}
	return true
}

// restore puts back the actions install replaced.
func restore() {
	for sig := range caught {
		uncatch(sig)
	}
}

// uncatch puts back the action install replaced for sig, if it did.
func uncatch(sig int) {
	if sig >= 0 && sig < len(caught) && caught[sig] {
		rtSigaction(uintptr(sig), &previous[sig], nil)
		caught[sig] = false
	}
}

func rtSigaction(sig uintptr, act, old *sigaction) syscall.Errno {
	_, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, sig,
		uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	return errno
}

// handler and restorer are implemented in sigflag_linux_amd64.s, for
// the kernel to call; Go never calls them.
func handler()
func restorer()

// addresses returns handler's and restorer's addresses.
func addresses() (handler, restorer uintptr)
