package runtime

// This file defines the records behind `kiln -X track-resources`: a
// Resource for every file, socket or generator the program opens while
// something wants to know about leaks (tracking, a -W option, -X dev, or a
// trace log recording resource events), the ResourceWarning emitted when
// the collector or exit closes one the program never closed, and
// RetryAfterCollect, which gives back descriptors held by garbage when an
// open fails with EMFILE or ENFILE.
//
// The record never refers to the object it describes, so the collector
// can find that object unreachable; the object's owner calls Close on an
// explicit close and Leak when the collector (or exit) closes it. Leak may
// run on a Go finalizer goroutine: it only queues the record, and the
// interpreter reports it at its next safe point, where Python code (the
// warnings module, -W error) may run.

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/kilnpy/kiln/tracelog"
)

// resourceCollectEvery is how many tracked resources may be opened
// between two collections in tracking mode, so that leaks are reported
// promptly even by a program that allocates little else.
const resourceCollectEvery = 256

// Resource is the lifetime record of one file, socket or generator.
type Resource struct {
	ID   int64
	Kind tracelog.ResourceKind
	// Desc is the short description of trace log events (a file name).
	Desc string
	// Message is the warning text: "unclosed file <_io.TextIOWrapper ...>".
	// The owner may update it (a socket's repr gains its address).
	Message string
	// Owner names the object in "Exception ignored in: <Owner>" when
	// -W error turns the warning into an exception (a file's FileIO
	// repr, as CPython prints it); Message is used if it is empty.
	Owner string

	interp *Interpreter
	thread int64
	pos    tracelog.Pos
	stack  []resourceFrame // allocation stack, innermost first; nil unless tracking
	done   atomic.Bool     // closed, or reported as leaked
}

// resourceFrame is one frame of an allocation stack, kept as code and
// instruction so that capturing it costs two words per frame; positions
// and names are looked up only if the resource leaks.
type resourceFrame struct {
	code *Code
	pc   int
}

// resourceState is the interpreter's resource bookkeeping.
type resourceState struct {
	mu        sync.Mutex
	nextID    int64
	opened    int64       // tracked resources opened, to pace collections
	leaked    []leakEvent // waiting to be reported on the interpreter thread
	wantKnown bool
	want      bool // resources are recorded at all
	tracking  bool // -X track-resources
}

// leakEvent is a leak waiting to be reported.
type leakEvent struct {
	r  *Resource
	by tracelog.LeakDetector
}

// TrackingResources reports whether -X track-resources is on.
func (interp *Interpreter) TrackingResources() bool {
	interp.resourceWanted()
	return interp.life.res.tracking
}

// resourceWanted reports whether resources are recorded at all: when
// tracking, when a warning option or -X dev could show ResourceWarning, or
// when the trace log records resource events. Otherwise opening a file
// creates no record.
func (interp *Interpreter) resourceWanted() bool {
	st := &interp.life.res
	if !st.wantKnown {
		_, st.tracking = interp.Options.XOptions["track-resources"]
		_, dev := interp.Options.XOptions["dev"]
		st.want = st.tracking || dev || len(interp.WarnOptions()) > 0 ||
			interp.Options.TraceLog.Wants(tracelog.KindResourceOpen) ||
			interp.Options.TraceLog.Wants(tracelog.KindResourceLeak)
		st.wantKnown = true
	}
	return st.want
}

// NewResource records a resource just opened on th, or returns nil when
// nothing wants resource records (all Resource methods accept nil). In
// tracking mode it captures the allocation stack, and every
// resourceCollectEvery resources it starts a collection so that earlier
// leaks are reported soon.
func NewResource(th *Thread, kind tracelog.ResourceKind, desc, message string) *Resource {
	interp := th.Interp
	if !interp.resourceWanted() {
		return nil
	}
	st := &interp.life.res
	st.mu.Lock()
	st.nextID++
	r := &Resource{ID: st.nextID, Kind: kind, Desc: desc, Message: message, interp: interp, thread: th.TraceID()}
	st.opened++
	collect := st.tracking && st.opened%resourceCollectEvery == 0
	st.mu.Unlock()
	if st.tracking {
		r.stack = captureResourceStack(th)
	}
	if f := th.exec.frame; f != nil {
		r.pos = framePos(f.Code, f.PC)
	}
	if log := interp.Options.TraceLog; log.Wants(tracelog.KindResourceOpen) {
		log.ResourceOpen(r.thread, r.ID, kind, desc, r.pos, r.traceStack())
	}
	if collect && !interp.mods.gcDisabled {
		interp.collectSoon()
	}
	return r
}

// TraceID is the thread's id in trace log events: 1 for the main thread.
func (th *Thread) TraceID() int64 {
	if th == th.Interp.main {
		return 1
	}
	return 2
}

// captureResourceStack returns the Python stack of th, innermost first.
func captureResourceStack(th *Thread) []resourceFrame {
	n := 0
	for f := th.exec.frame; f != nil; f = f.Back {
		n++
	}
	stack := make([]resourceFrame, 0, n)
	for f := th.exec.frame; f != nil; f = f.Back {
		stack = append(stack, resourceFrame{f.Code, f.PC})
	}
	return stack
}

// framePos is the source position of the instruction before pc (the one
// running), as the trace log reports positions.
func framePos(c *Code, pc int) tracelog.Pos {
	if pc > 0 {
		pc--
	}
	line, col, _, _ := c.Pos(pc)
	return tracelog.Pos{File: c.Filename, Line: line, Col: col + 1}
}

// traceStack is the allocation stack as trace log frames, or nil.
func (r *Resource) traceStack() []tracelog.Frame {
	if r.stack == nil {
		return nil
	}
	out := make([]tracelog.Frame, len(r.stack))
	for i, f := range r.stack {
		out[i] = tracelog.Frame{Func: f.code.Name, Pos: framePos(f.code, f.pc)}
	}
	return out
}

// Close records an explicit close (close(), with, a generator that
// finished). Closing twice, or after a leak, records nothing.
func (r *Resource) Close(th *Thread) {
	if r == nil || !r.done.CompareAndSwap(false, true) {
		return
	}
	if log := r.interp.Options.TraceLog; log.Wants(tracelog.KindResourceClose) {
		var pos tracelog.Pos
		if f := th.exec.frame; f != nil {
			pos = framePos(f.Code, f.PC)
		}
		log.ResourceClose(th.TraceID(), r.ID, pos)
	}
}

// IsClosed reports whether the resource was closed or reported.
func (r *Resource) IsClosed() bool { return r == nil || r.done.Load() }

// Leak records that the collector (by gc) or exit (by exit) closed the
// resource the program never closed. It is safe on any goroutine: the
// report waits for the interpreter's next safe point.
func (r *Resource) Leak(by tracelog.LeakDetector) {
	if r == nil || !r.done.CompareAndSwap(false, true) {
		return
	}
	r.queueLeak(by)
}

// queueLeak queues the report of a leak already marked done.
func (r *Resource) queueLeak(by tracelog.LeakDetector) {
	st := &r.interp.life.res
	st.mu.Lock()
	st.leaked = append(st.leaked, leakEvent{r, by})
	st.mu.Unlock()
	r.interp.Pending.Or(PendingFinalizer)
}

// reportLeaks reports the queued leaks on th: a resource.leak event each
// and, when the filters let it through, a ResourceWarning at the
// allocation site. A warning turned into an exception (-W error) is
// printed as "Exception ignored in: ..." as CPython does for exceptions in
// finalizers.
func (interp *Interpreter) reportLeaks(th *Thread) int {
	st := &interp.life.res
	st.mu.Lock()
	leaked := st.leaked
	st.leaked = nil
	st.mu.Unlock()
	// Go's finalizers found them in no particular order: report them in
	// opening order.
	if len(leaked) > 1 { // see openFileCores
		slices.SortFunc(leaked, func(a, b leakEvent) int { return cmp.Compare(a.r.ID, b.r.ID) })
	}
	for _, l := range leaked {
		r := l.r
		if log := interp.Options.TraceLog; log.Wants(tracelog.KindResourceLeak) {
			var pos tracelog.Pos
			if f := th.exec.frame; f != nil {
				pos = framePos(f.Code, f.PC)
			}
			log.ResourceLeak(th.TraceID(), r.ID, r.Kind, r.Desc, l.by, pos, r.traceStack())
		}
		if r.Kind == tracelog.ResourceGenerator && !interp.TrackingResources() {
			continue // neither CPython nor PyPy warns about generators
		}
		if err := r.warn(th); err != nil {
			owner := r.Owner
			if owner == "" {
				owner = r.Message
			}
			writeUnraisableAt(th, err, "Exception ignored in: "+owner)
		}
	}
	return len(leaked)
}

// warn issues the ResourceWarning of a leaked resource, through WarnExplicit
// when the warnings module is there, else through the -W options.
func (r *Resource) warn(th *Thread) error {
	// The allocation site; without one (no frame was running), CPython's
	// pseudo-location for warnings at shutdown.
	filename, lineno := "sys", 1
	if r.pos.File != "" {
		filename, lineno = r.pos.File, r.pos.Line
	}
	msg := r.Message + r.createdAt(th)
	if WarnExplicitHook != nil {
		// With tracking, the allocation traceback ends with the source
		// line: it is not printed a second time.
		return WarnExplicit(th, ExplicitWarning{Category: ResourceWarning, Message: msg,
			Filename: filename, Lineno: lineno, OmitSourceLine: len(r.stack) > 0})
	}
	switch resourceWarningAction(th.Interp) {
	case "error":
		return NewException(ResourceWarning, NewStr(msg))
	case "ignore":
		return nil
	}
	// CPython's default format: the source line follows, unless the
	// allocation traceback, which ends with that line, does.
	out := filename + ":" + itoa(lineno) + ": ResourceWarning: " + msg + "\n"
	if line := strings.TrimSpace(fileLine(th, filename, lineno)); line != "" && len(r.stack) == 0 {
		out += "  " + line + "\n"
	}
	th.FlushStdout()
	_, err := th.Interp.Options.Stderr.Write([]byte(out))
	return err
}

// createdAt is the allocation traceback appended to the warning,
// outermost frame first as in a traceback, or "" without tracking.
func (r *Resource) createdAt(th *Thread) string {
	if len(r.stack) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\nCreated at (most recent call last):")
	for i := len(r.stack) - 1; i >= 0; i-- {
		f := r.stack[i]
		p := framePos(f.code, f.pc)
		b.WriteString("\n  File \"" + p.File + "\", line " + itoa(p.Line) + ", in " + f.code.Name)
		if line := strings.TrimSpace(fileLine(th, p.File, p.Line)); line != "" {
			b.WriteString("\n    " + line)
		}
	}
	return b.String()
}

// resourceWarningAction decides what happens to a ResourceWarning when
// the warnings module has not installed WarnHook: the last -W option that
// applies to it wins (-W error, -W ignore, ...); without one, it is shown
// when tracking or -X dev is on and ignored otherwise, as CPython's
// default filters do.
func resourceWarningAction(interp *Interpreter) string {
	action := "ignore"
	_, dev := interp.Options.XOptions["dev"]
	if interp.TrackingResources() || dev {
		action = "default"
	}
	for _, opt := range interp.Options.WarnOptions {
		parts := strings.Split(opt, ":")
		category := ""
		if len(parts) > 2 {
			category = strings.TrimSpace(parts[2])
		}
		switch category {
		case "", "Warning", "ResourceWarning", "builtins.Warning", "builtins.ResourceWarning":
		default:
			continue
		}
		if a := resourceWarnActionNamed(strings.TrimSpace(parts[0])); a != "" {
			action = a
		}
	}
	return action
}

// resourceWarnActionNamed expands a -W action or its prefix ("e" is
// "error"), or returns "".
func resourceWarnActionNamed(s string) string {
	if s == "" {
		return "default"
	}
	for _, a := range []string{"default", "error", "ignore", "always", "module", "once"} {
		if strings.HasPrefix(a, s) {
			return a
		}
	}
	return ""
}

// writeUnraisableAt reports an exception raised by a finalizer run at a
// safe point as CPython's default unraisable hook does: the header, then
// the exception's own traceback (the frame that was running, if it has
// none) and its last line, without the chained exceptions.
func writeUnraisableAt(th *Thread, err error, header string) {
	th.FlushStdout()
	exc := AsException(err)
	sys := th.Interp.mods.sys
	if exc == nil || sys == nil {
		return
	}
	errOut := sys.Get("stderr")
	if !errOut.IsValid() || errOut.IsNone() {
		return
	}
	if f := th.exec.frame; f != nil && exc.Traceback.p == nil {
		addTraceback(exc, f, max(f.PC-1, 0))
	}
	// The exception is dropped after this: hiding its chain is harmless.
	exc.Cause, exc.Context = Value{}, Value{}
	_, _ = CallMethod(th, errOut, "write", NewStr(header+"\n"+FormatException(th, exc)))
}

// RetryAfterCollect runs op and, if it fails because the process or the
// system is out of file descriptors (EMFILE, ENFILE), runs a collection
// and the pending finalizers, which close the files and sockets the
// program dropped, and runs op once more. open() and socket() use it.
func RetryAfterCollect[T any](th *Thread, op func() (T, error)) (T, error) {
	v, err := op()
	if err == nil || !isOutOfDescriptors(err) {
		return v, err
	}
	th.Interp.Collect(th, tracelog.CausePressure)
	return op()
}

// isOutOfDescriptors reports whether err is EMFILE or ENFILE.
func isOutOfDescriptors(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && (errno == syscall.EMFILE || errno == syscall.ENFILE)
}
