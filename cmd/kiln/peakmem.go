//go:build peakmem

package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
)

// This file defines a diagnostic build of kiln that records what a
// program's peak RSS is made of (docs/performance.md, "What each
// benchmark's peak is made of"):
//
//	go build -tags peakmem,netgo,osusergo -o /tmp/kiln-peakmem ./cmd/kiln
//	KILN_PEAKMEM=/tmp/wc /tmp/kiln-peakmem bench/word_count.py
//
// writes /tmp/wc.txt, the process's RSS (anonymous and file-backed) and
// the Go runtime's memory classes at the highest RSS seen, and /tmp/wc.heap,
// the heap profile (`go tool pprof -sample_index=inuse_space`) at the
// highest live heap. Memory is sampled every few milliseconds from a
// goroutine of its own; the profile's buckets add 1 to 2 MiB to the figures.
// Normal builds leave the file out.
//
// As the command ends, the same build writes, when asked (docs/
// performance.md, "Start-up memory"): KILN_PAGEMAP=FILE, the addresses and
// file offsets of the executable's resident pages; KILN_SMAPS=FILE, a copy
// of /proc/self/smaps; KILN_ALLOCS=FILE, the allocation profile, every
// allocation of the run under GODEBUG=memprofilerate=1; KILN_HEAPEND=FILE,
// the heap profile after a collection at exit (what the run keeps).

func init() {
	if path := os.Getenv("KILN_PAGEMAP"); path != "" {
		beforeExit = func() { peakmemPagemap(path) }
	}
	if path := os.Getenv("KILN_ALLOCS"); path != "" {
		// With GODEBUG=memprofilerate=1: every allocation of the run,
		// package initialisation's included.
		beforeExit = func() {
			f, err := os.Create(path)
			if err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}
	if path := os.Getenv("KILN_HEAPEND"); path != "" {
		// What the run keeps: the heap profile after a collection at
		// exit (docs/jit-memory.md). GODEBUG=memprofilerate=1 to count
		// every allocation.
		beforeExit = func() {
			runtime.GC()
			f, err := os.Create(path)
			if err == nil {
				pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}
	}
	if path := os.Getenv("KILN_SMAPS"); path != "" {
		beforeExit = func() {
			smaps, _ := os.ReadFile("/proc/self/smaps")
			os.WriteFile(path, smaps, 0o644)
		}
	}
	prefix := os.Getenv("KILN_PEAKMEM")
	if prefix == "" {
		return
	}
	runtime.MemProfileRate = 64 << 10
	go peakmemSample(prefix)
}

// peakmemClasses are the runtime/metrics figures the report shows, in
// the order of the table in docs/performance.md.
var peakmemClasses = []string{
	"/gc/heap/live:bytes",
	"/gc/heap/goal:bytes",
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/released:bytes",
	"/memory/classes/heap/stacks:bytes",
	"/memory/classes/metadata/other:bytes",
	"/memory/classes/metadata/mspan/inuse:bytes",
	"/memory/classes/other:bytes",
	"/memory/classes/profiling/buckets:bytes",
}

// peakmemSample polls the process's memory until it exits, rewriting the
// report whenever the RSS or the live heap reaches a new high.
func peakmemSample(prefix string) {
	samples := make([]metrics.Sample, len(peakmemClasses))
	for i, n := range peakmemClasses {
		samples[i].Name = n
	}
	var bestRSS, bestLive uint64
	for {
		rss, anon, file := peakmemStatus()
		metrics.Read(samples)
		if live := samples[0].Value.Uint64(); live > bestLive {
			bestLive = live
			var b strings.Builder
			pprof.Lookup("heap").WriteTo(&b, 1) // text: no compressor's buffers
			peakmemWrite(prefix+".heap", b.String())
		}
		if rss > bestRSS {
			bestRSS = rss
			var b strings.Builder
			fmt.Fprintf(&b, "rss %.1f MiB (anon %.1f, file %.1f)\n", mib(rss), mib(anon), mib(file))
			for i, n := range peakmemClasses {
				fmt.Fprintf(&b, "  %-45s %8.1f MiB\n", n, mib(samples[i].Value.Uint64()))
			}
			peakmemWrite(prefix+".txt", b.String())
		}
		time.Sleep(3 * time.Millisecond)
	}
}

// peakmemStatus returns VmRSS, RssAnon and RssFile in bytes.
func peakmemStatus() (rss, anon, file uint64) {
	st, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(st), "\n") {
		var kib uint64
		switch {
		case scanKiB(l, "VmRSS:", &kib):
			rss = kib << 10
		case scanKiB(l, "RssAnon:", &kib):
			anon = kib << 10
		case scanKiB(l, "RssFile:", &kib):
			file = kib << 10
		}
	}
	return
}

func scanKiB(line, field string, kib *uint64) bool {
	n, _ := fmt.Sscanf(line, field+" %d", kib)
	return n == 1
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// peakmemWrite replaces a report file whole, so that a process exiting
// mid-write leaves the previous report rather than half of one.
func peakmemWrite(path, text string) {
	if os.WriteFile(path+".tmp", []byte(text), 0o644) == nil {
		os.Rename(path+".tmp", path)
	}
}

// peakmemPagemap writes, for KILN_PAGEMAP=FILE, the offsets in the
// executable of its pages resident as the command ends, one hexadecimal
// file offset a line, so that they can be matched to sections and symbols.
func peakmemPagemap(path string) {
	exe, _ := os.Readlink("/proc/self/exe")
	maps, _ := os.ReadFile("/proc/self/maps")
	var b strings.Builder
	for _, line := range strings.Split(string(maps), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 || f[5] != exe {
			continue
		}
		var lo, hi, off uintptr
		fmt.Sscanf(f[0], "%x-%x", &lo, &hi)
		fmt.Sscanf(f[2], "%x", &off)
		runs, err := exepages.ResidentRuns([]exepages.Range{{Lo: lo, Hi: hi}})
		if err != nil {
			return
		}
		for _, r := range runs {
			for p := r.Lo; p < r.Hi; p += 4096 {
				fmt.Fprintf(&b, "%x %x %s\n", p, off+p-lo, f[1])
			}
		}
	}
	os.WriteFile(path, []byte(b.String()), 0o644)
}
