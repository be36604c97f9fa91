package socket

import (
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

// leaked records that the collector closed a socket the program dropped.
// It runs on Go's finalizer goroutine; the report waits for a safe point.
func (t sockTracker) leaked() { t.r.Leak(tracelog.DetectedByGC) }

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

// retryAfterCollect runs op (socket(), socketpair()) and, when
// descriptors ran out (EMFILE, ENFILE), runs a collection, which closes
// the sockets and files the program dropped, and tries once more.
func retryAfterCollect[T any](th *runtime.Thread, op func() (T, error)) (T, error) {
	return runtime.RetryAfterCollect(th, op)
}
