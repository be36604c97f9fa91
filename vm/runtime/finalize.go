package runtime

// This file defines finalization without reference counting, as PyPy
// does it: __del__ and the closing of a suspended generator run "some
// time later", when Go's collector has found the object unreachable.
//
// Go finalizers run on a goroutine of their own, where no Python code may
// run. They only queue the object (which keeps it alive: resurrection is
// allowed) and set PendingFinalizer in Interpreter.Pending; the
// interpreter runs the queue at its next safe point (a back-edge or a
// call), and gc.collect() runs a collection, waits for Go's finalizer
// goroutine to have queued everything found, and runs the queue before it
// returns. Each object is finalized once: its Go finalizer is set when it
// is made and never again.
//
// Only objects that need it pay: instances of classes that define
// __del__, and generators whose code has a protected range (try/finally,
// with, try/except) get a Go finalizer; other objects cost nothing.
//
// Go never finalizes an object that can reach itself (c.self = c), since
// its finalizer could see it. So an explicit collection first hides, for
// the duration of the collection, the references to each finalizable
// object that are found by walking from the object itself through
// instance dicts, slots, dicts, lists and tuples: what remains are the
// references from outside the cycle. The hidden references are put back
// before any Python code runs.

import (
	goruntime "runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/tracelog"
)

//go:linkname blockUntilEmptyFinalizerQueue runtime.blockUntilEmptyFinalizerQueue
func blockUntilEmptyFinalizerQueue(timeout int64) bool

// lifetimeState is the interpreter's finalization and resource state.
type lifetimeState struct {
	mu sync.Mutex
	// finalizable maps the address of each object with a __del__ not yet
	// finalized to its allocation number. An address stays valid while
	// it is here: the object's Go finalizer must run before the object
	// can be freed, and it removes the entry.
	finalizable map[uintptr]int64
	// seq numbers the watched objects and, from the same count, the open
	// files (fileCore.seq), so that exit can order both (file_lifetime.go).
	seq atomic.Int64
	// queue holds the objects found unreachable, waiting for __del__ or
	// close on the interpreter thread.
	queue []finalizeItem
	// running guards against running the queue from inside a finalizer's
	// own safe points out of order: nested runs just take the next item.
	delFinalizer func(*Object)
	genFinalizer func(*Generator)

	res resourceState

	// collected are the tokens found unreachable, waiting for their
	// resource to be closed (collect_token.go); tokenSeq numbers them.
	collected []*CollectToken
	tokenSeq  atomic.Int64
	// atShutdown are the AtShutdown functions.
	atShutdown []func()
	// collecting is set while a collection started by collectSoon runs.
	collecting atomic.Bool

	// terminating is set by RequestTermination (SIGTERM);
	// terminateRaised once the SystemExit for it has been raised.
	terminating, terminateRaised atomic.Bool
	// finalizing is set once the atexit handlers have run:
	// sys.is_finalizing().
	finalizing atomic.Bool
}

// finalizeItem is an object waiting for its finalizer.
type finalizeItem struct {
	v   Value
	seq int64
}

// finalizeTimeout bounds the wait for Go's finalizer goroutine (ns).
const finalizeTimeout = 2e9

func init() {
	RunFinalizers = func(th *Thread) int { return th.Interp.runFinalizersAfterCollect(th) }
	PendingHandler = lifetimePending
}

// lifetimePending is the PendingHandler: it runs the finalizers and leak
// reports that are due, then turns an interrupt into KeyboardInterrupt.
func lifetimePending(th *Thread, p uint32) error {
	interp := th.Interp
	interp.Pending.And(^uint32(p &^ (PendingInterrupt | PendingSignal | PendingTerminate)))
	if p&PendingFinalizer != 0 {
		interp.runFinalizers(th)
	}
	if p&(PendingInterrupt|PendingSignal) != 0 {
		// The bits as they are when cleared, not p: a SIGTERM that came
		// since p was read is in them only.
		if interp.Pending.And(^uint32(PendingInterrupt|PendingSignal|PendingTerminate))&PendingTerminate != 0 {
			interp.life.terminating.Store(true)
		}
		if interp.life.terminating.Load() && !interp.life.terminateRaised.Swap(true) {
			e := NewException(SystemExit, Int(TerminatedStatus))
			e.setField("code", Int(TerminatedStatus))
			return e
		}
		return NewException(KeyboardInterrupt)
	}
	return nil
}

// TerminatedStatus is the exit status after SIGTERM (128 + 15), as a
// shell reports a process killed by it.
const TerminatedStatus = 143

// RequestTermination asks the interpreter to end as after sys.exit(143)
// at its next safe point, so that finally blocks, the atexit handlers
// and the closing of files run on SIGTERM. The driver calls it from its
// signal goroutine and ends the process itself if the program does not
// end soon (blocked in a system call, or catching SystemExit).
//
// A signal handler that cannot run Go code (vm/internal/sigflag) asks the
// same by setting PendingSignal|PendingTerminate in Pending, which the
// next safe point turns into the flag RequestTermination sets.
func (interp *Interpreter) RequestTermination() {
	interp.life.terminating.Store(true)
	interp.Pending.Or(PendingSignal)
}

// Terminated reports whether termination was asked for: by
// RequestTermination, or by PendingTerminate not yet seen by a safe point.
func (interp *Interpreter) Terminated() bool {
	return interp.life.terminating.Load() || interp.Pending.Load()&PendingTerminate != 0
}

// watchDel arranges for o's __del__ to run once o is unreachable. objectNew
// calls it for instances of classes that define __del__.
func (interp *Interpreter) watchDel(o *Object) {
	l := interp.lifetime()
	detachBlockDict(o)
	l.register(unsafe.Pointer(o))
	goruntime.SetFinalizer(o, l.delFinalizer)
}

// WatchDel arranges for the __del__ of v's class, if a Python class
// defines one, to run once v is unreachable, whatever made v:
// type.__call__ and the __new__ of builtin types call it after the type's
// New, so that instances of subclasses of list, dict, str, bytes, int,
// Exception... are finalized like plain instances (objectNew watches
// those itself), and __class__ assignment calls it for the new class.
// Only classes with __del__ pay for the check; an object already watched
// is left alone, so several callers may see the same one.
func (th *Thread) WatchDel(v Value) {
	if v.p == nil || v.IsImmediate() {
		return
	}
	t := v.Type()
	if t.Finalize == nil || t.Flags&FlagHeapType == 0 {
		return
	}
	th.Interp.watchDelOnce(v.header())
}

// watchDelOnce is watchDel for an object that may be watched already.
func (interp *Interpreter) watchDelOnce(o *Object) {
	l := interp.lifetime()
	l.mu.Lock()
	_, watched := l.finalizable[uintptr(unsafe.Pointer(o))]
	l.mu.Unlock()
	if !watched {
		interp.watchDel(o)
	}
}

// watchGenerator arranges for g to be closed once it is unreachable. Its
// frame must be an allocation of its own that does not point back at g,
// or Go would see g reach itself and never finalize it.
func (interp *Interpreter) watchGenerator(g *Generator) {
	goruntime.SetFinalizer(g, interp.lifetime().genFinalizer)
}

// lifetime returns the interpreter's lifetime state, with its Go
// finalizer functions made on first use (one per interpreter, so that
// registering an object allocates no closure).
func (interp *Interpreter) lifetime() *lifetimeState {
	l := &interp.life
	l.mu.Lock()
	if l.finalizable == nil {
		l.finalizable = map[uintptr]int64{}
		l.delFinalizer = func(o *Object) { l.found(interp, unsafe.Pointer(o), ValueOf(o)) }
		l.genFinalizer = func(g *Generator) {
			if g.NeedsFinalization() {
				// Generators are not numbered: they run after the
				// __del__ methods found with them.
				l.mu.Lock()
				l.queue = append(l.queue, finalizeItem{ValueOf(g), 1 << 62})
				l.mu.Unlock()
				interp.Pending.Or(PendingFinalizer)
			}
		}
	}
	l.mu.Unlock()
	return l
}

// register numbers a newly watched object, so that finalizers run in
// allocation order.
func (l *lifetimeState) register(p unsafe.Pointer) {
	l.mu.Lock()
	l.finalizable[uintptr(p)] = l.seq.Add(1)
	l.mu.Unlock()
}

// found queues an object Go found unreachable (on Go's finalizer
// goroutine) and flags the interpreter.
func (l *lifetimeState) found(interp *Interpreter, p unsafe.Pointer, v Value) {
	l.mu.Lock()
	seq, watched := l.finalizable[uintptr(p)]
	if !watched {
		// Finalized at exit (finalizeAtExit) after Go queued it.
		l.mu.Unlock()
		return
	}
	delete(l.finalizable, uintptr(p))
	l.queue = append(l.queue, finalizeItem{v, seq})
	l.mu.Unlock()
	interp.Pending.Or(PendingFinalizer)
}

// collectRounds bounds the extra collections of runFinalizersAfterCollect.
const collectRounds = 8

// runFinalizersAfterCollect runs the finalizers a collection made due.
// Go keeps alive whatever a finalizable object reaches, so an object
// referenced by another finalizable one (b in a.b = b, or either of a
// cycle) is only found once the first has been finalized and dropped:
// while finalizers ran and finalizable objects remain, it collects again.
func (interp *Interpreter) runFinalizersAfterCollect(th *Thread) int {
	n := interp.runFinalizers(th)
	for round, ran := 0, n; ran > 0 && round < collectRounds; round++ {
		l := &interp.life
		l.mu.Lock()
		left := len(l.finalizable)
		l.mu.Unlock()
		if left == 0 {
			break
		}
		interp.collectGo()
		ran = interp.runFinalizers(th)
		n += ran
	}
	return n
}

// runFinalizers runs the queued finalizers in allocation order, then
// reports the queued resource leaks, and returns how many ran. An
// exception in a finalizer is printed ("Exception ignored in: ...") and
// ignored, even SystemExit, as CPython does.
func (interp *Interpreter) runFinalizers(th *Thread) int {
	interp.closeCollected()
	interp.runWeakCallbacks(th)
	l := &interp.life
	n := 0
	for {
		l.mu.Lock()
		if len(l.queue) == 0 {
			l.mu.Unlock()
			break
		}
		batch := l.queue
		l.queue = nil
		l.mu.Unlock()
		slices.SortStableFunc(batch, func(a, b finalizeItem) int {
			switch {
			case a.seq < b.seq:
				return -1
			case a.seq > b.seq:
				return 1
			}
			return 0
		})
		for _, it := range batch {
			interp.finalize(th, it.v)
			n++
		}
	}
	return n + interp.reportLeaks(th)
}

// finalize runs v's finalizer: __del__, or a generator's close.
func (interp *Interpreter) finalize(th *Thread, v Value) {
	t := v.Type()
	var err error
	var where Value
	if t == GeneratorType {
		g := as[Generator](v)
		if !g.NeedsFinalization() {
			return
		}
		// The leak is reported after the close, at this finalizer site,
		// not at a safe point inside the generator's finally code.
		leaked := g.res != nil && g.res.done.CompareAndSwap(false, true)
		err = g.Close(th)
		where = v
		if leaked {
			r, _ := Repr(th, v)
			g.res.Message, g.res.Owner = "unclosed generator "+r, r
			g.res.queueLeak(tracelog.DetectedByGC)
		}
	} else if t.Finalize != nil {
		if err = t.Finalize(th, v); err != nil {
			where, _ = lookupOwner(t, "__del__")
		}
	}
	errText := ""
	if err != nil {
		errText = exceptionSummary(th, err)
		header := "Exception ignored in"
		if where.IsValid() {
			r, rerr := Repr(th, where)
			if rerr != nil {
				r = "<object repr() failed>"
			}
			header += ": " + r
		}
		writeUnraisableAt(th, err, header)
	}
	if log := interp.Options.TraceLog; log.Wants(tracelog.KindFinalizerRun) {
		var id int64
		if t == GeneratorType {
			if r := as[Generator](v).res; r != nil {
				id = r.ID
			}
		}
		log.FinalizerRun(th.TraceID(), id, t.Name, errText)
	}
}

// exceptionSummary is "Type: message" for the finalizer.run event.
func exceptionSummary(th *Thread, err error) string {
	if e := AsException(err); e != nil {
		return strings.TrimSpace(FormatExceptionOnly(th, e))
	}
	return err.Error()
}

// collectGo runs a full Go collection with self-reachable finalizable
// objects made collectable, and waits until Go's finalizer goroutine has
// queued every object found unreachable, so that the caller can run them.
// No Python code runs.
func (interp *Interpreter) collectGo() {
	l := &interp.life
	l.mu.Lock()
	hidden := l.hideSelfReferences()
	l.mu.Unlock()
	goruntime.GC()
	blockUntilEmptyFinalizerQueue(finalizeTimeout)
	if len(hidden) > 0 {
		restoreReferences(hidden)
	}
	interp.closeCollected()
}

// collectSoon starts a Go collection in the background, for tracking
// mode's periodic ones: the program does not wait for it, and what it
// finds is reported at a safe point after it.
func (interp *Interpreter) collectSoon() {
	l := &interp.life
	if l.collecting.CompareAndSwap(false, true) {
		go func() {
			goruntime.GC()
			l.collecting.Store(false)
		}()
	}
}

// hiddenRef is a reference hidden for a collection: the location and the
// object's address, kept as an integer so that it does not keep the
// object alive.
type hiddenRef struct {
	loc  *Value
	addr uintptr
}

// hideMarker is what a hidden reference points at meanwhile: a real
// object, so that nothing reading it could crash.
var hideMarker = &Object{typ: ObjectType}

// hideWalkLimit bounds the objects walked from each finalizable object.
const hideWalkLimit = 10000

// hideSelfReferences hides, for each finalizable object, the references
// to it found by walking from it. l.mu is held.
func (l *lifetimeState) hideSelfReferences() []hiddenRef {
	var hidden []hiddenRef
	seen := map[unsafe.Pointer]bool{}
	for addr := range l.finalizable {
		target := *(*unsafe.Pointer)(unsafe.Pointer(&addr))
		clear(seen)
		hidden = hideWalk(Value{p: target}, target, seen, hidden)
	}
	// Hide only now: hiding during the walks would cut the paths of the
	// walks still to come (in a.b = b; b.a = a, hiding b.a first would
	// keep the walk from b from reaching a.b).
	for _, h := range hidden {
		h.loc.p = unsafe.Pointer(hideMarker)
	}
	return hidden
}

// hideWalk walks v's references, listing those to target.
func hideWalk(v Value, target unsafe.Pointer, seen map[unsafe.Pointer]bool, hidden []hiddenRef) []hiddenRef {
	if v.p == nil || v.IsImmediate() || seen[v.p] || len(seen) >= hideWalkLimit {
		return hidden
	}
	seen[v.p] = true
	visit := func(loc *Value) {
		if loc.p == target {
			hidden = append(hidden, hiddenRef{loc, uintptr(target)})
			return
		}
		hidden = hideWalk(*loc, target, seen, hidden)
	}
	o := v.header()
	if d := o.dict; d != nil && !seen[unsafe.Pointer(d)] {
		seen[unsafe.Pointer(d)] = true
		for i := range d.entries {
			if d.entries[i].k.p != nil {
				visit(&d.entries[i].value)
			}
		}
	}
	t := v.Type()
	switch t.Layout {
	case LayoutObject:
		if h := splitOf(o); h != nil {
			values := h.values()
			for i := range values {
				visit(&values[i])
			}
		}
		if len(t.Slots) > 0 {
			values := as[Instance](v).slotValues()
			for i := range values {
				visit(&values[i])
			}
		}
	case LayoutDict:
		d := as[Dict](v)
		for i := range d.entries {
			if d.entries[i].k.p != nil {
				visit(&d.entries[i].value)
			}
		}
	case LayoutList:
		items := as[List](v).vals()
		for i := range items {
			visit(&items[i])
		}
	case LayoutTuple:
		items := as[Tuple](v).items()
		for i := range items {
			visit(&items[i])
		}
	}
	return hidden
}

// restoreReferences puts hidden references back. Each object is still
// there: it was either reachable from elsewhere, or found unreachable and
// kept by the finalizer queue.
func restoreReferences(hidden []hiddenRef) {
	for i := len(hidden) - 1; i >= 0; i-- {
		h := hidden[i]
		h.loc.p = *(*unsafe.Pointer)(unsafe.Pointer(&h.addr))
	}
}

// AtShutdown registers fn to run at exit after the open files are closed
// and before the leaks are reported: where a module that owns OS
// resources (sockets) closes those still open, reporting them with
// Resource.Leak(tracelog.DetectedAtExit). It runs on the interpreter
// thread; fn must not run Python code.
func (interp *Interpreter) AtShutdown(fn func()) {
	l := &interp.life
	l.mu.Lock()
	l.atShutdown = append(l.atShutdown, fn)
	l.mu.Unlock()
}

// finishAtExit is the lifetime part of Shutdown, after the atexit
// handlers: in tracking mode a last collection reports the leaks it
// finds; then every file still open is flushed and closed, reported as
// leaked at exit. Like PyPy, Kiln runs no __del__ and closes no
// generator at exit.
func (interp *Interpreter) finishAtExit(th *Thread) {
	interp.life.finalizing.Store(true)
	if interp.TrackingResources() {
		interp.collectGo()
	}
	_ = interp.FlushStdStreams()
	interp.closeOpenFiles(th)
	l := &interp.life
	for _, fn := range l.atShutdown {
		fn()
	}
	l.mu.Lock()
	l.queue = nil // PyPy runs no pending finalizer at exit
	l.mu.Unlock()
	interp.reportLeaks(th)
	_ = interp.FlushStdStreams()
}

// newIsPython reports whether a Python class in t's MRO defines __new__:
// then the instance typeCall gets was watched by the builtin __new__ it
// reached, or is one the Python code returned again (a singleton), which
// must not be watched a second time.
func newIsPython(t *Type) bool {
	_, ok := pyMethod(t, "__new__")
	return ok
}
