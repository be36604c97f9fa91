package profiler

// This file defines CPU profiles: the sampler goroutine that ticks the
// profiled thread, the sink that turns the thread's samples into pprof
// samples, and writing the profile when it stops.

import (
	"fmt"
	"os"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

// DefaultHz is the default sampling rate; MaxHz the highest accepted.
const (
	DefaultHz = 100
	MaxHz     = 1000
)

// CPUProfile is a CPU profile being recorded for one thread.
type CPUProfile struct {
	th     *runtime.Thread
	path   string
	period time.Duration

	mu      sync.Mutex // guards what follows, written by the thread and read by a finish
	b       *builder
	start   time.Time
	stopped bool
	// interpByCode is the interp time so far whose innermost Python frame
	// ran a code object; warmup, per JIT loop, is the interp time of the
	// loop's code when the loop's first JIT-tier sample came: the time
	// spent interpreting it before the JIT took over.
	interpByCode map[*runtime.Code]int64
	warmup       map[uint32]int64
	// spreaders place the ticks of compiled loops that publish no
	// position (jitpos.go), per registered loop.
	spreaders map[*runtime.JITLoop]*jitSpreader
	err       error // the result of writing, once stopped

	quit chan struct{}
	done chan struct{}
	once sync.Once
}

// active is the CPU profile of each thread being profiled.
var active sync.Map // *runtime.Thread → *CPUProfile

// StartCPU starts a CPU profile of th, sampled hz times a second, to be
// written to path when it stops. It is called on th's goroutine. The file
// is created at once, so that a path that cannot be written is reported
// now rather than at exit.
func StartCPU(th *runtime.Thread, path string, hz int) (*CPUProfile, error) {
	if hz < 1 || hz > MaxHz {
		return nil, fmt.Errorf("profile rate %d Hz is out of range 1..%d", hz, MaxHz)
	}
	if err := checkWritable(path); err != nil {
		return nil, err
	}
	period := time.Second / time.Duration(hz)
	p := &CPUProfile{th: th, path: path, period: period, start: time.Now(),
		interpByCode: map[*runtime.Code]int64{}, warmup: map[uint32]int64{}, spreaders: map[*runtime.JITLoop]*jitSpreader{},
		quit: make(chan struct{}), done: make(chan struct{})}
	if _, dup := active.LoadOrStore(th, p); dup {
		return nil, fmt.Errorf("a CPU profile is already being recorded")
	}
	p.b = newBuilder(th, valueType{"samples", "count"}, valueType{"cpu", "nanoseconds"})
	p.b.p.PeriodType = valueType{"cpu", "nanoseconds"}
	p.b.p.Period = int64(period)
	th.StartProfiling(p)
	th.Interp.OnFinishProfiles(func(onThread bool) { p.finish(onThread) })
	samplerProcs()
	go p.sample(time.Now(), processCPU())
	return p, nil
}

// samplerProcs gives the process the machine's Ps if it runs with one and
// the environment did not ask for that: kiln runs a small program with one
// P (cmd/kiln/gcpolicy.go), where the sampler's ticker would wait for the
// interpreter's goroutine to be preempted (every 10 ms or so) and the
// samples would come in clumps.
func samplerProcs() {
	if _, set := os.LookupEnv("GOMAXPROCS"); !set && goruntime.GOMAXPROCS(0) == 1 && goruntime.NumCPU() > 1 {
		goruntime.SetDefaultGOMAXPROCS()
	}
}

// checkWritable creates path (empty) to learn early that it can be written.
func checkWritable(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return f.Close()
}

// sample is the sampler goroutine. Each time it wakes it credits the
// thread with one tick per period of CPU time the process used since the
// profile started (but no more than the wall time that passed), less the
// ticks already credited, so that:
//   - samples measure CPU time, as Go's profiles do: a program sleeping
//     or waiting for input gets none;
//   - no time is lost when the Go timer wakes late or coarsely (on a busy
//     machine a 1 ms ticker may fire every 3 ms): the periods are counted,
//     not the wake-ups;
//   - no time is lost when the kernel's CPU clock moves in steps: the cap
//     by wall time applies to the totals, not to each wake-up. Capping
//     each interval (min of its wall and CPU time) dropped about two
//     thirds of the ticks on a machine whose process clock advanced 4 ms
//     at a time between 1 ms wake-ups.
func (p *CPUProfile) sample(startWall time.Time, startCPU time.Duration) {
	defer close(p.done)
	t := time.NewTicker(p.period)
	defer t.Stop()
	var credited time.Duration
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			used := min(time.Since(startWall), processCPU()-startCPU)
			if n := (used - credited) / p.period; n > 0 {
				credited += n * p.period
				p.th.ProfileTick(int(n))
			}
		}
	}
}

// processCPU is the CPU time of the process so far, from the kernel's
// precise per-process clock (getrusage's figures may move in steps of a
// scheduler tick, which would make whole periods look idle).
func processCPU() time.Duration {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts) != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// AddSample implements runtime.ProfileSink: it runs on the profiled
// thread at a safe point.
func (p *CPUProfile) AddSample(s *runtime.ProfileSample) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	if s.Tier == runtime.TierJIT {
		s = belowLoop(s)
		p.jitPositions(s, func(pos uint32, n int) {
			locs := p.b.jitLocations(p.b.locBuf[:0], s.LoopID, pos, s.Loop)
			p.addStack(s, locs, n)
		})
		return
	}
	b := p.b
	locs := b.locBuf[:0]
	switch s.Tier {
	case runtime.TierJITBackend:
		name, _, _ := JITFrameName(s.LoopID, s.Loop)
		locs = append(locs, b.syntheticLocation("<jit-backend "+strings.TrimPrefix(name, "<jit ")))
	case runtime.TierGC:
		locs = append(locs, b.syntheticLocation("<gc>"))
	}
	p.addStack(s, locs, s.Count)
}

// belowLoop returns s with its stack cut to the compiled loop's own
// function and its callers. The stack is taken at the next safe point,
// which may be in a function the interpreter called after compiled code
// left (the loop's body, interpreted for the rest of an iteration): the
// tick was in compiled code, whose frame sits on the loop's function.
func belowLoop(s *runtime.ProfileSample) *runtime.ProfileSample {
	if s.Loop == nil {
		return s
	}
	for i, fr := range s.Stack {
		if fr.Code == s.Loop.Code {
			if i == 0 {
				return s
			}
			t := *s
			t.Stack = s.Stack[i:]
			return &t
		}
	}
	return s
}

// addStack adds n ticks of s with the synthetic locations locs (innermost
// first) above the sample's stack.
func (p *CPUProfile) addStack(s *runtime.ProfileSample, locs []*pprofLocation, n int) {
	b := p.b
	labels := map[string][]string{"tier": {s.Tier.String()}}
	switch s.Tier {
	case runtime.TierJIT, runtime.TierTracing, runtime.TierJITBackend:
		labels["loop"] = []string{strconv.FormatUint(uint64(s.LoopID), 10)}
	}
	for _, fr := range s.Stack {
		locs = append(locs, b.frameLocation(fr))
	}
	b.locBuf = locs
	b.add(locs, labels, int64(n), int64(n)*int64(p.period))
	p.noteWarmup(s, int64(n)*int64(p.period))
}

// noteWarmup keeps the interp time per code object and, at the first
// sample of a JIT tier for a loop, records the interp time of the loop's
// code so far as the loop's warm-up.
func (p *CPUProfile) noteWarmup(s *runtime.ProfileSample, ns int64) {
	var code *runtime.Code
	for _, fr := range s.Stack {
		if fr.Code != nil {
			code = fr.Code
			break
		}
	}
	switch s.Tier {
	case runtime.TierInterp:
		if code != nil {
			p.interpByCode[code] += ns
		}
	case runtime.TierJIT, runtime.TierTracing, runtime.TierJITBackend:
		if _, seen := p.warmup[s.LoopID]; seen {
			return
		}
		if s.Loop != nil && s.Loop.Code != nil {
			code = s.Loop.Code
		}
		p.warmup[s.LoopID] = p.interpByCode[code]
	}
}

// warmupComments are the profile's comments that carry the loops'
// warm-up, "kiln: loop 7 warmup_interp_ns=120000000", which kiln-prof
// tiers reads.
func (p *CPUProfile) warmupComments() []string {
	ids := make([]uint32, 0, len(p.warmup))
	for id := range p.warmup {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var cs []string
	for _, id := range ids {
		cs = append(cs, fmt.Sprintf("%s%d warmup_interp_ns=%d", WarmupCommentPrefix, id, p.warmup[id]))
	}
	return cs
}

// WarmupCommentPrefix starts the profile comments that give a JIT loop's
// warm-up: the time its code was interpreted before the JIT took it.
const WarmupCommentPrefix = "kiln: loop "

// Stop ends the profile and writes it. It is called on the profiled
// thread (kilnprof.stop(), or the end of the program).
func (p *CPUProfile) Stop() error { return p.finish(true) }

// finish stops the sampler and writes the profile, once. onThread says
// whether it runs on the profiled thread, which then also records the
// ticks still queued (the SIGTERM path runs on the signal's goroutine and
// leaves them).
func (p *CPUProfile) finish(onThread bool) error {
	p.once.Do(func() {
		close(p.quit)
		<-p.done
		if onThread {
			p.th.FlushProfileTicks()
			p.th.StopProfiling()
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		p.stopped = true
		active.CompareAndDelete(p.th, p)
		p.b.p.TimeNanos = p.start.UnixNano()
		p.b.p.DurationNanos = int64(time.Since(p.start))
		p.b.p.Comments = p.warmupComments()
		p.err = writeProfile(p.path, p.b.p)
	})
	return p.err
}

// writeProfile writes prof, gzipped, to path.
func writeProfile(path string, prof *pprofProfile) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := prof.write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// CPUProfileOf returns the CPU profile being recorded for th, or nil.
func CPUProfileOf(th *runtime.Thread) *CPUProfile {
	if v, ok := active.Load(th); ok {
		return v.(*CPUProfile)
	}
	return nil
}

// Sampling reports whether a CPU profile is being recorded.
func Sampling() bool {
	sampling := false
	active.Range(func(_, _ any) bool { sampling = true; return false })
	return sampling
}
