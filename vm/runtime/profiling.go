package runtime

// This file defines the VM side of the sampling profiler: the per-thread
// words that say which tier the thread is in, the tick queue that a
// sampler goroutine fills, the safe point at which the thread takes its
// own Python stack, and the hooks for builtins, the collector and
// allocation sampling. Package profiler turns the samples into pprof.
//
// Design. A sampler goroutine (package profiler) ticks at the profile
// rate and calls Thread.ProfileTick. A tick reads the thread's published
// words (tier, JIT loop, running builtin) with atomic loads, queues that
// snapshot, and sets PendingProfile in Interpreter.Pending. The thread
// takes its Python stack itself at its next safe point (loop back-edges
// and calls, which already test Pending, plus function return and the
// return of a profiled builtin call) and records every queued tick against
// it. So:
//   - the stack is exact: the thread reads its own frames, with no race
//     on the pooled frames or their PCs, and nothing runs on the hot path
//     when profiling is off but the Pending test that was already there;
//   - what the thread was doing at the tick (the tier, the builtin
//     running, the compiled loop) is read at the tick, not at the safe
//     point, so time in a long builtin or in compiled code is counted in
//     full (one tick per period, not one per safe point) and labelled
//     with the right tier;
//   - the cost of the delay is safepoint bias in lines: a tick is charged
//     to the line of the next safe point (a back-edge, call or return of
//     the same function in almost all cases). docs/profiler.md measures it.
//
// For the JIT. Around everything it does, the JIT publishes its tier with
// SetProfileTier and restores the previous word afterwards:
//
//	prev := th.SetProfileTier(runtime.TierTracing, loopID, 0)   // recording a trace
//	prev := th.SetProfileTier(runtime.TierJITBackend, loopID, 0) // optimising, assembling
//	prev := th.SetProfileTier(runtime.TierJIT, loopID, pos)      // running compiled code
//	...
//	th.RestoreProfileTier(prev)
//
// Compiled code that calls back into the interpreter (a residual call to a
// Python function) restores TierInterp for the call, as a builtin does.
// pos is optional (0 is "somewhere in the loop"): compiled code may store
// a position with SetJITPosition when it enters an inlined function, where
// Positions[pos] of the loop's JITLoop (RegisterJITLoop) lists the inline
// stack. Kiln's JIT stores none as its code runs; it registers Weights,
// and the profiler spreads the ticks of position 0 over the positions in
// proportion to them (jit/profile.go, profiler/jitpos.go). Compiled loops should test Interpreter.Pending as the
// interpreter's back-edges do and leave to the interpreter when it is set,
// or else the ticks they queue are recorded at the next safe point.
// Each of these calls is one atomic store: they cost nothing measurable
// whether or not a profile is being recorded.

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// PendingProfile, in Interpreter.Pending, asks the thread being profiled
// to record the ticks queued by its sampler at its next safe point.
const PendingProfile = 1 << 8

// Tier is what a thread is doing, as the profiler labels its samples.
type Tier uint8

// The tiers. Their String forms are the values of the pprof label "tier".
const (
	TierInterp     Tier = iota // interpreting bytecode
	TierJIT                    // running compiled code of a loop
	TierTracing                // interpreting while recording a trace
	TierJITBackend             // optimising a trace or writing its machine code
	TierGC                     // a collection run by gc.collect() or at exit
	TierBuiltin                // inside a builtin function implemented in Go
	numTiers
)

var tierNames = [numTiers]string{"interp", "jit", "tracing", "jit-backend", "gc", "builtin"}

func (t Tier) String() string {
	if t < numTiers {
		return tierNames[t]
	}
	return "tier(" + itoa(int(t)) + ")"
}

// Tiers returns the names of the tiers, in order.
func Tiers() []string { return tierNames[:] }

// ProfileWord is the published profiling state of a thread, packed into
// one word so that a tick reads a consistent triple: the tier in bits
// 0-7, the position in the loop in bits 8-31, the JIT loop id in 32-63.
type ProfileWord uint64

// MakeProfileWord packs a tier, a JIT loop id and a position.
func MakeProfileWord(t Tier, loop, pos uint32) ProfileWord {
	return ProfileWord(t) | ProfileWord(pos&0xffffff)<<8 | ProfileWord(loop)<<32
}

// Tier returns the tier of the word.
func (w ProfileWord) Tier() Tier { return Tier(w) }

// Loop returns the JIT loop id of the word (0 for none).
func (w ProfileWord) Loop() uint32 { return uint32(w >> 32) }

// Pos returns the position in the loop (see SetJITPosition).
func (w ProfileWord) Pos() uint32 { return uint32(w>>8) & 0xffffff }

// SetProfileTier publishes that th is now in tier t (for the JIT tiers,
// working on loop with position pos) and returns the previous word, which
// the caller gives back to RestoreProfileTier when it is done.
func (th *Thread) SetProfileTier(t Tier, loop, pos uint32) ProfileWord {
	prev := ProfileWord(th.prof.word.Load())
	th.prof.word.Store(uint64(MakeProfileWord(t, loop, pos)))
	return prev
}

// RestoreProfileTier publishes w again (see SetProfileTier).
func (th *Thread) RestoreProfileTier(w ProfileWord) { th.prof.word.Store(uint64(w)) }

// SetJITPosition changes the position within the current loop, keeping
// the tier and loop id: compiled code calls it on entering and leaving
// the code of an inlined function, so that samples show that function.
func (th *Thread) SetJITPosition(pos uint32) {
	w := ProfileWord(th.prof.word.Load())
	th.prof.word.Store(uint64(MakeProfileWord(w.Tier(), w.Loop(), pos)))
}

// ProfileTier returns the thread's published word.
func (th *Thread) ProfileTier() ProfileWord { return ProfileWord(th.prof.word.Load()) }

// JITLoop describes a compiled loop to the profiler, which shows samples
// of TierJIT as a frame "<jit loop ID file:line>" above the Python frames
// of the loop, with the functions inlined at the sample's position as
// inlined frames of that location.
type JITLoop struct {
	ID   uint32
	Code *Code // the code holding the loop
	PC   int   // the loop header's instruction index in Code
	// Positions[pos] is the inline stack at position pos (see
	// SetJITPosition): the loop's own function at the line being run, then
	// each function the trace inlined there at its line, outermost first.
	// An empty entry shows the loop's frame alone.
	Positions [][]ProfileFrame
	// Weights, if set, estimate where ticks published at position 0 fall:
	// compiled code that publishes no position as it runs (Kiln's JIT,
	// whose loops store nothing on their way) leaves position 0 in the
	// word, and the profiler spreads those ticks over the positions in
	// proportion to Weights[pos] (the JIT gives the bytes of machine code
	// of each position). Weights[0] is normally 0.
	Weights []uint32
}

// RegisterJITLoop tells the profiler about a compiled loop; the JIT calls
// it when it installs the loop's code. A later loop with the same ID
// replaces it.
func (interp *Interpreter) RegisterJITLoop(l *JITLoop) { interp.prof.loops.Store(l.ID, l) }

// JITLoopInfo returns the loop registered with id, or nil.
func (interp *Interpreter) JITLoopInfo(id uint32) *JITLoop {
	if v, ok := interp.prof.loops.Load(id); ok {
		return v.(*JITLoop)
	}
	return nil
}

// ProfileFrame is one frame of a sampled stack: a Python function at a
// line, or a builtin (Code nil, Builtin its name, as "sorted" or
// "list.sort").
type ProfileFrame struct {
	Code    *Code
	Line    int
	Builtin string
}

// ProfileSample is what a safe point reports for the ticks it records.
type ProfileSample struct {
	// Stack is the Python stack, innermost first, with the builtins that
	// were running interleaved where they were called, and a leaf builtin
	// frame for ticks spent in a builtin that has returned since.
	Stack []ProfileFrame
	Tier  Tier
	// LoopID and Pos are the published loop and position (JIT tiers);
	// Loop is the registered loop, or nil.
	LoopID, Pos uint32
	Loop        *JITLoop
	// Count is the number of ticks with this stack and tier.
	Count int
}

// ProfileSink receives samples. Its methods are called on the profiled
// thread, at safe points; they must not keep Stack, which is reused.
type ProfileSink interface {
	AddSample(s *ProfileSample)
}

// AllocSink receives the sampled allocations of Python objects. Count and
// Bytes are already scaled to estimate all allocations, as Go's heap
// profile does.
type AllocSink interface {
	AddAlloc(stack []ProfileFrame, typeName string, count, bytes int64)
}

// profTick is one queued tick: the word and builtin at tick time, and how
// many consecutive ticks saw the same.
type profTick struct {
	word    ProfileWord
	builtin unsafe.Pointer
	n       int
}

// maxQueuedTicks bounds the queue when the thread reaches no safe point
// (a very long builtin): distinct snapshots beyond it are dropped, equal
// ones are still counted.
const maxQueuedTicks = 1024

// profBuiltin is a builtin call in progress on a profiled thread.
type profBuiltin struct {
	obj    unsafe.Pointer // the *BuiltinFunction or *BuiltinMethod
	caller *Frame         // the Python frame that called it (nil: none)
}

// threadProf is a thread's profiling state.
type threadProf struct {
	// word and builtin are published to ticks (atomic: read by the
	// sampler goroutine; builtin is written with publishBuiltin). builtin
	// is the innermost builtin call in progress; it outranks the word's
	// tier but for TierGC.
	word    atomic.Uint64
	builtin unsafe.Pointer // see profEnterBuiltin

	// The rest is the thread's own, but for the queue, under mu.
	sink     ProfileSink
	builtins []profBuiltin // calls in progress, innermost last
	stack    []ProfileFrame
	sample   ProfileSample

	mu      sync.Mutex
	queue   []profTick
	drained []profTick

	alloc AllocSink
}

// interpProf is an interpreter's profiling state.
type interpProf struct {
	loops sync.Map // JIT loop id → *JITLoop

	mu       sync.Mutex
	finishes []func(onThread bool)
}

// StartProfiling makes th record samples into sink from now on: ticks
// (ProfileTick) are recorded at th's safe points. It is called on th's
// own goroutine.
func (th *Thread) StartProfiling(sink ProfileSink) {
	installBuiltinProfiling()
	th.prof.sink = sink
}

// StopProfiling ends what StartProfiling began; queued ticks are dropped.
func (th *Thread) StopProfiling() {
	th.prof.sink = nil
	th.prof.mu.Lock()
	th.prof.queue = th.prof.queue[:0]
	th.prof.mu.Unlock()
}

// Profiling reports whether th is recording CPU samples.
func (th *Thread) Profiling() bool { return th.prof.sink != nil }

// ProfileTick is called by a sampler goroutine for n sampling periods
// that have passed: it queues what th is doing now, n times, and asks th
// to take its stack at its next safe point. Safe to call from any
// goroutine.
func (th *Thread) ProfileTick(n int) {
	p := &th.prof
	w := ProfileWord(p.word.Load())
	b := atomic.LoadPointer(&p.builtin)
	if b != nil && w.Tier() != TierGC {
		// Time in a builtin is builtin time, whatever tier called it.
		w = MakeProfileWord(TierBuiltin, w.Loop(), w.Pos())
	}
	p.mu.Lock()
	if q := len(p.queue); q > 0 && p.queue[q-1].word == w && p.queue[q-1].builtin == b {
		p.queue[q-1].n += n
	} else if q < maxQueuedTicks {
		p.queue = append(p.queue, profTick{word: w, builtin: b, n: n})
	}
	p.mu.Unlock()
	th.Interp.Pending.Or(PendingProfile)
}

// profileSafePoint records the queued ticks against th's current stack.
// The interpreter calls it when it finds PendingProfile set.
//
//go:noinline
func (th *Thread) profileSafePoint() {
	th.Interp.Pending.And(^uint32(PendingProfile))
	if allocSampling.hits != 0 && allocProfiled.Load() == th {
		th.profileAllocSafePoint()
	}
	p := &th.prof
	p.mu.Lock()
	p.queue, p.drained = p.drained[:0], p.queue
	p.mu.Unlock()
	if p.sink == nil || len(p.drained) == 0 {
		return
	}
	base := th.profileStack(p.stack[:0])
	p.stack = base
	// running is the innermost builtin in progress; callback says
	// whether Python code it called is running above it.
	var running unsafe.Pointer
	callback := false
	if n := len(p.builtins); n > 0 {
		running = p.builtins[n-1].obj
		callback = p.builtins[n-1].caller != th.exec.frame
	}
	for _, t := range p.drained {
		s := &p.sample
		*s = ProfileSample{Stack: base, Tier: t.word.Tier(), LoopID: t.word.Loop(), Pos: t.word.Pos(), Count: t.n}
		switch s.Tier {
		case TierBuiltin:
			if t.builtin == nil || th.profBuiltinActive(t.builtin) {
				// Still running: it is in base already, the leaf unless
				// Python code it called (or a builtin that code called)
				// is running now, and then the time goes to that code.
				if t.builtin != running || callback || t.builtin == nil {
					s.Tier = TierInterp
				}
				break
			}
			leaf := ProfileFrame{Builtin: builtinName(t.builtin)}
			s.Stack = append(append(make([]ProfileFrame, 0, len(base)+1), leaf), base...)
		case TierJIT, TierTracing, TierJITBackend:
			s.Loop = th.Interp.JITLoopInfo(s.LoopID)
		}
		p.sink.AddSample(s)
	}
}

// profBuiltinActive reports whether the builtin obj is in progress.
func (th *Thread) profBuiltinActive(obj unsafe.Pointer) bool {
	for _, b := range th.prof.builtins {
		if b.obj == obj {
			return true
		}
	}
	return false
}

// FlushProfileTicks records the ticks queued so far against th's current
// stack, as a safe point would. It is called on th's goroutine, when a
// profile stops.
func (th *Thread) FlushProfileTicks() { th.profileSafePoint() }

// profileStack appends th's Python stack, innermost first, with the
// builtins in progress placed above the frames that called them.
func (th *Thread) profileStack(stack []ProfileFrame) []ProfileFrame {
	bs := th.prof.builtins
	i := len(bs) - 1
	for f := th.exec.frame; f != nil; f = f.Back {
		for ; i >= 0 && bs[i].caller == f; i-- {
			stack = append(stack, ProfileFrame{Builtin: builtinName(bs[i].obj)})
		}
		line := 0
		if f.Code != nil {
			pc := f.PC - 1
			if pc < 0 || pc >= len(f.Code.Insns) {
				pc = 0
			}
			line = f.Code.Line(pc)
		}
		stack = append(stack, ProfileFrame{Code: f.Code, Line: line})
	}
	for ; i >= 0; i-- {
		stack = append(stack, ProfileFrame{Builtin: builtinName(bs[i].obj)})
	}
	return stack
}

// builtinName names a builtin for a profile: "sorted", "list.sort".
func builtinName(obj unsafe.Pointer) string {
	o := (*Object)(obj)
	switch o.typ {
	case BuiltinFunctionType:
		f := (*BuiltinFunction)(obj)
		if f.Method != nil && f.Self.p != nil {
			if f.Self.Type() == TypeType {
				return (*Type)(f.Self.p).Name + "." + f.Name
			}
			return f.Self.Type().Name + "." + f.Name
		}
		return f.Name
	case MethodDescriptorType:
		m := (*BuiltinMethod)(obj)
		return m.Owner.Name + "." + m.Name
	case TypeType:
		return (*Type)(obj).Name
	}
	return o.typ.Name
}

var builtinProfilingOnce sync.Once

// installBuiltinProfiling wraps the call slots of builtin functions,
// method descriptors and builtin types (list(x) runs Go code), the first time a profile starts in the process, so
// that a profiled thread publishes the builtin it runs. Until then the
// slots are untouched; afterwards a thread that is not being profiled
// pays one test of its own state per builtin call.
func installBuiltinProfiling() {
	builtinProfilingOnce.Do(func() {
		BuiltinFunctionType.Call = profiledCall(BuiltinFunctionType.Call)
		MethodDescriptorType.Call = profiledCall(MethodDescriptorType.Call)
		typeCall := TypeType.Call
		builtinTypeCall := profiledCall(typeCall)
		TypeType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
			if (*Type)(callee.p).Flags&FlagHeapType != 0 {
				return typeCall(th, callee, args, kwnames) // a class: Python code
			}
			return builtinTypeCall(th, callee, args, kwnames)
		}
	})
}

func profiledCall(call func(*Thread, Value, []Value, []string) (Value, error)) func(*Thread, Value, []Value, []string) (Value, error) {
	return func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		if th == nil || th.prof.sink == nil {
			return call(th, callee, args, kwnames)
		}
		th.profEnterBuiltin(callee.p)
		v, err := call(th, callee, args, kwnames)
		th.profLeaveBuiltin()
		return v, err
	}
}

// profCallMethod is the interpreter's fast path for obj.m(args), a
// method of obj's builtin type, on a profiled thread.
//
//go:noinline
func (th *Thread) profCallMethod(callee Value, args []Value) (Value, error) {
	th.profEnterBuiltin(callee.p)
	v, err := as[BuiltinMethod](callee).Fn(th, args[0], args[1:], nil)
	th.profLeaveBuiltin()
	return v, err
}

// profEnterBuiltin publishes that the builtin obj runs, called from the
// current frame, for ticks to read. A builtin outranks the tier word but
// for TierGC (see ProfileTick), so the word is left alone.
//
// It is a safe point, as profLeaveBuiltin is, between the publication and
// the push: the ticks queued before it get the stack of the code that
// called the builtin, with the tier they were taken in, rather than the
// stack of the next safe point inside the builtin (a key function it
// calls), where an interpreter tick of the caller showed as the builtin's
// leaf with tier interp. A pause before the call (a collection's work on
// the one P, a burst of page faults) made that happen several times a
// run (TestBuiltinTier, 3 runs in 8).
//
// The store is a plain one (publishBuiltin, profiling_norace.go): an
// atomic store is an XCHG on amd64, and two of them per builtin call made
// a loop of builtin calls 16 ns a call slower when profiled, against 7 ns
// with plain stores (9 million calls of len, append and pop). The sampler
// reads the word with an atomic load; an aligned pointer store is
// single-copy atomic on the 64-bit machines Go supports, and a stale read
// shifts one sample by a call. Race-detector builds store atomically
// (profiling_race.go), so go test -race stays meaningful.
func (th *Thread) profEnterBuiltin(obj unsafe.Pointer) {
	p := &th.prof
	publishBuiltin(&p.builtin, obj)
	if th.Interp.Pending.Load()&PendingProfile != 0 {
		th.profileSafePoint()
	}
	p.builtins = append(p.builtins, profBuiltin{obj: obj, caller: th.exec.frame})
}

// profLeaveBuiltin ends the innermost builtin call, publishing the one
// that called it (or none), and is a safe point: the ticks of the
// builtin get the stack that called it.
func (th *Thread) profLeaveBuiltin() {
	p := &th.prof
	n := len(p.builtins) - 1
	p.builtins = p.builtins[:n]
	var outer unsafe.Pointer
	if n > 0 {
		outer = p.builtins[n-1].obj
	}
	publishBuiltin(&p.builtin, outer)
	if th.Interp.Pending.Load()&PendingProfile != 0 {
		th.profileSafePoint()
	}
}

// OnFinishProfiles registers fn to write a profile when the process ends
// (see FinishProfiles). Profilers started by kilnprof.start() or -X
// profile register here. fn's argument says whether it runs on the
// goroutine of the interpreter's main thread.
func (interp *Interpreter) OnFinishProfiles(fn func(onThread bool)) {
	interp.prof.mu.Lock()
	interp.prof.finishes = append(interp.prof.finishes, fn)
	interp.prof.mu.Unlock()
}

// FinishProfiles runs, once each, the functions registered with
// OnFinishProfiles. The driver calls it on every way out: at the
// program's end (normal, sys.exit, an uncaught exception,
// KeyboardInterrupt) on the main thread, with onThread true, and on
// SIGTERM from the signal's goroutine, with onThread false.
func (interp *Interpreter) FinishProfiles(onThread bool) {
	interp.prof.mu.Lock()
	fs := interp.prof.finishes
	interp.prof.finishes = nil
	interp.prof.mu.Unlock()
	for _, fn := range fs {
		fn(onThread)
	}
}
