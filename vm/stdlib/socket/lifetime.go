package socket

import (
	"sync"
	"weak"

	"golang.org/x/sys/unix"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// This file is the socket module's link to the lifetime machinery
// (vm/runtime/resources.go): every socket gets a resource record, so that
// one the program drops without closing is reported like an unclosed file
// (a ResourceWarning "unclosed <socket.socket ...>" when the filters
// show it, with the allocation traceback under -X track-resources), and
// socket() retries after a collection when descriptors run out.

// sockTracker is a socket's resource record (nil when nothing wants
// records; every method accepts that).
type sockTracker struct{ r *runtime.Resource }

// trackOpen records a socket just created or adopted.
func trackOpen(th *runtime.Thread, s *sockObject) sockTracker {
	t := sockTracker{runtime.NewResource(th, tracelog.ResourceSocket, "", "")}
	t.describe(s)
	return t
}

// closed records an explicit close() or detach().
func (t sockTracker) closed(th *runtime.Thread) { t.r.Close(th) }

// closeLeaked closes a socket the program never closed, found by the
// collector or still open at exit, and records the leak. From the
// collector it runs on Go's finalizer goroutine; the report waits for a
// safe point.
func (k *sockFD) closeLeaked(by tracelog.LeakDetector) {
	if k.fd >= 0 {
		_ = unix.Close(k.fd)
		k.fd = -1
		k.track.r.Leak(by)
	}
}

// describe sets the record's texts from the socket's current state: the
// warning names the socket by its repr, which gains its addresses after
// bind, listen and connect.
func (t sockTracker) describe(s *sockObject) {
	if t.r == nil {
		return
	}
	repr := describe(s.Type(), s)
	t.r.Message = "unclosed " + repr
	t.r.Owner = repr
	t.r.Desc = s.localAddress()
}

// openSockets holds, for each interpreter that made sockets, those not
// closed yet, weakly: a socket the program drops is still the collector's
// to close and report. At exit the ones still open are closed and
// reported as leaked at exit, as files are.
var openSockets sync.Map // *runtime.Interpreter → *sockRegistry

// sockRegistry is one interpreter's open sockets.
type sockRegistry struct {
	mu    sync.Mutex
	open  map[weak.Pointer[sockFD]]struct{}
	added int // additions since dead entries were last pruned
}

// registryOf returns interp's registry, making it (and its exit hook)
// with the interpreter's first socket.
func registryOf(interp *runtime.Interpreter) *sockRegistry {
	if r, ok := openSockets.Load(interp); ok {
		return r.(*sockRegistry)
	}
	r, loaded := openSockets.LoadOrStore(interp, &sockRegistry{open: map[weak.Pointer[sockFD]]struct{}{}})
	reg := r.(*sockRegistry)
	if !loaded {
		interp.AtShutdown(func() {
			openSockets.Delete(interp)
			reg.closeAtExit()
		})
	}
	return reg
}

// add records an open socket.
func (r *sockRegistry) add(k *sockFD) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.open[weak.Make(k)] = struct{}{}
	// Sockets the collector closed leave dead entries: drop them now and
	// then, so the map stays as small as the set of open sockets.
	if r.added++; r.added >= 64 && r.added >= len(r.open) {
		for w := range r.open {
			if w.Value() == nil {
				delete(r.open, w)
			}
		}
		r.added = 0
	}
}

// remove forgets a socket closed or detached by the program.
func (r *sockRegistry) remove(k *sockFD) {
	r.mu.Lock()
	delete(r.open, weak.Make(k))
	r.mu.Unlock()
}

// closeAtExit closes the sockets still open at exit, reporting each.
func (r *sockRegistry) closeAtExit() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for w := range r.open {
		if k := w.Value(); k != nil {
			k.closeLeaked(tracelog.DetectedAtExit)
		}
	}
	clear(r.open)
}

// retryAfterCollect runs op (socket(), socketpair()) and, when
// descriptors ran out (EMFILE, ENFILE), runs a collection, which closes
// the sockets and files the program dropped, and tries once more.
func retryAfterCollect[T any](th *runtime.Thread, op func() (T, error)) (T, error) {
	return runtime.RetryAfterCollect(th, op)
}
