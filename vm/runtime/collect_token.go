package runtime

// This file defines CollectToken, how an object that owns an OS resource
// (a file, a socket) learns that the program dropped it, so that the
// resource is flushed and closed: the kind of object a Go finalizer cannot
// watch directly, because it refers to itself (a file stream and its views
// point at each other, and Go never finalizes an object that can reach
// itself).

import (
	"cmp"
	goruntime "runtime"
	"slices"
)

// Collectable is the OS side of a resource: what must be closed once its
// Python object is gone. It must not refer to that object.
type Collectable interface {
	// Collected flushes and closes the resource, if the program did not,
	// and reports the leak (Resource.Leak with tracelog.DetectedByGC). It
	// runs on the interpreter thread, at a safe point or in a collection.
	Collected()
}

// CollectToken is a small allocation that only the owning object refers
// to: it becomes unreachable exactly when the owner does, and it cannot
// reach the owner back, so Go finalizes it.
type CollectToken struct {
	interp *Interpreter
	c      Collectable
	seq    int64 // creation order
}

// WatchCollection returns a token that calls c.Collected once the object
// that stores it (in a field, its only reference) is unreachable: at the
// interpreter's next safe point, or within a collection (gc.collect(),
// the EMFILE retry of RetryAfterCollect) before it returns, so that the
// data is on disk when gc.collect() returns. Tokens found together are
// handled in creation order: files appending to one path, dropped one
// after the other, write in the program's order. Until then the resource
// stays open, and exit closes it.
func WatchCollection(interp *Interpreter, c Collectable) *CollectToken {
	t := &CollectToken{interp: interp, c: c, seq: interp.life.tokenSeq.Add(1)}
	goruntime.SetFinalizer(t, tokenCollected)
	return t
}

// tokenCollected queues a token found unreachable, on Go's finalizer
// goroutine.
func tokenCollected(t *CollectToken) {
	interp := t.interp
	l := &interp.life
	l.mu.Lock()
	l.collected = append(l.collected, t)
	l.mu.Unlock()
	interp.Pending.Or(PendingFinalizer)
}

// closeCollected runs Collected for the queued tokens, in creation order.
func (interp *Interpreter) closeCollected() {
	l := &interp.life
	l.mu.Lock()
	tokens := l.collected
	l.collected = nil
	l.mu.Unlock()
	slices.SortFunc(tokens, func(a, b *CollectToken) int { return cmp.Compare(a.seq, b.seq) })
	for _, t := range tokens {
		t.c.Collected()
	}
}
