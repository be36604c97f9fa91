package socket

import "github.com/kilnpy/kiln/vm/runtime"

// This file is the socket module's one link to the lifetime machinery
// (branch lifetime: resource records, ResourceWarning for sockets the
// program never closed, EMFILE recovery).
//
// LIFETIME HOOK: until that API is merged, the functions below do
// nothing but run the operation: a socket dropped unclosed is still closed
// by its cleanup (socket.go), silently. To plug the API in, replace the
// bodies here and nothing else:
//
//	trackOpen        → runtime.NewResource(th, tracelog.ResourceSocket, desc, "unclosed "+describe(...))
//	closed           → r.Close(th)
//	leaked           → r.Leak(tracelog.LeakGC)
//	describe         → r.Message = "unclosed " + describe(...) (the repr gains the addresses)
//	retryAfterCollect → runtime.RetryAfterCollect(th, op)

// sockTracker is a socket's resource record.
type sockTracker struct{}

// trackOpen records a socket just created or adopted.
func trackOpen(th *runtime.Thread, s *sockObject) sockTracker { return sockTracker{} }

// closed records an explicit close() or detach().
func (t sockTracker) closed(th *runtime.Thread) {}

// leaked records that the cleanup closed a socket the program dropped. It
// runs on a Go cleanup goroutine.
func (t sockTracker) leaked() {}

// describe updates the record's text after bind, listen or connect.
func (t sockTracker) describe(s *sockObject) {}

// retryAfterCollect runs op (a socket() or socketpair()) and, once the
// lifetime API is in, retries it after a collection when descriptors ran
// out (EMFILE, ENFILE).
func retryAfterCollect[T any](th *runtime.Thread, op func() (T, error)) (T, error) { return op() }
