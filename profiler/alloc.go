package profiler

// This file defines allocation profiles: sampled creations of Python
// objects, by Python stack and type name, in pprof's heap-profile shape
// (alloc_objects and alloc_space, as go tool pprof -sample_index expects).

import (
	"sync"
	"time"

	"github.com/kilnpy/kiln/vm/runtime"
)

// DefaultAllocRate is the mean number of bytes between two allocation
// samples. Python objects are small (tens of bytes), so it is lower than
// Go's 512 KiB, which gives too few samples to tell a program's types
// apart; it is higher than 16 KiB, at which a sample in a compiled loop
// (which leaves compiled code to take its stack) cost word_count 6 % of
// its time. docs/profiler.md gives the measurements.
const DefaultAllocRate = 128 << 10

// AllocProfile is an allocation profile being recorded for one thread.
type AllocProfile struct {
	th    *runtime.Thread
	path  string
	start time.Time

	mu      sync.Mutex
	b       *builder
	stopped bool
	once    sync.Once
	err     error
}

// StartAlloc starts sampling the allocations of th, one sample per rate
// bytes on average, to be written to path when it stops. It is called on
// th's goroutine.
func StartAlloc(th *runtime.Thread, path string, rate int) (*AllocProfile, error) {
	if err := checkWritable(path); err != nil {
		return nil, err
	}
	p := &AllocProfile{th: th, path: path, start: time.Now()}
	p.b = newBuilder(th, valueType{"alloc_objects", "count"}, valueType{"alloc_space", "bytes"})
	p.b.p.PeriodType = valueType{"space", "bytes"}
	p.b.p.Period = int64(rate)
	p.b.p.DefaultSampleType = "alloc_space"
	th.StartAllocProfiling(p, rate)
	th.Interp.OnFinishProfiles(func(onThread bool) { p.finish(onThread) })
	return p, nil
}

// AddAlloc implements runtime.AllocSink; it runs on the profiled thread.
// The type is both a label ("type") and a leaf frame "<new T>", so that
// top and flame graphs show what was allocated.
func (p *AllocProfile) AddAlloc(stack []runtime.ProfileFrame, typeName string, count, bytes int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	b := p.b
	locs := append(b.locBuf[:0], b.syntheticLocation("<new "+typeName+">"))
	for _, fr := range stack {
		locs = append(locs, b.frameLocation(fr))
	}
	b.locBuf = locs
	b.add(locs, map[string][]string{"type": {typeName}}, count, bytes)
}

// Stop ends the profile and writes it; it is called on the thread.
func (p *AllocProfile) Stop() error { return p.finish(true) }

func (p *AllocProfile) finish(onThread bool) error {
	p.once.Do(func() {
		if onThread {
			p.th.StopAllocProfiling()
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		p.stopped = true
		p.b.p.TimeNanos = p.start.UnixNano()
		p.b.p.DurationNanos = int64(time.Since(p.start))
		p.err = writeProfile(p.path, p.b.p)
	})
	return p.err
}
