// This file adds the hot-code facts from the pprof profile a run wrote
// (kiln -X profile=FILE): per function, its share of the CPU samples and
// how much of that ran as JIT-compiled code; per line, its samples by tier.
// Kiln's profiler labels every sample with the tier it was in ("tier":
// interp, jit, tracing, jit-backend, gc, builtin).

package lsp

import (
	"fmt"
	"os"
	"strings"

	"github.com/google/pprof/profile"
)

// tierLabel is the sample label naming the tier.
const tierLabel = "tier"

// readProfile reads a gzipped or plain pprof profile.
func readProfile(path string) (*profile.Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return profile.Parse(f)
}

// addProfileFacts adds the profile's samples to the facts of the files its
// frames are in, creating facts for files the trace log did not cover.
func addProfileFacts(p *profile.Profile, rl *runLog, out map[string]*fileFacts, source func(string) *document) {
	vi := sampleValueIndex(p)
	var total int64
	for _, s := range p.Sample {
		if vi < len(s.Value) {
			total += s.Value[vi]
		}
	}
	type funcKey struct {
		path string
		line int64
		name string
	}
	funcs := map[funcKey]*funcFact{}
	for _, s := range p.Sample {
		if vi >= len(s.Value) || s.Value[vi] == 0 {
			continue
		}
		n := s.Value[vi]
		tier := "interp"
		if t := s.Label[tierLabel]; len(t) > 0 {
			tier = t[0]
		}
		counted := map[funcKey]bool{}
		leafDone := map[string]bool{}
		for _, loc := range s.Location {
			for _, ln := range loc.Line { // innermost first, inlined frames included
				fn := ln.Function
				if fn == nil || strings.HasPrefix(fn.Name, "<jit") {
					continue
				}
				path := rl.resolve(fn.Filename)
				if path == "" {
					continue
				}
				f := out[path]
				if f == nil {
					f = &fileFacts{path: path, source: rl.path, lines: map[int]*sampleCount{}, base: source(path)}
					out[path] = f
				}
				f.total = total
				if !leafDone[path] && ln.Line > 0 {
					leafDone[path] = true
					c := f.lines[int(ln.Line)-1]
					if c == nil {
						c = &sampleCount{byTier: map[string]int64{}}
						f.lines[int(ln.Line)-1] = c
					}
					c.total += n
					c.byTier[tier] += n
				}
				k := funcKey{path, fn.StartLine, fn.Name}
				if fn.StartLine <= 0 || counted[k] || fn.Name == "<module>" {
					continue
				}
				counted[k] = true
				ff := funcs[k]
				if ff == nil {
					ff = &funcFact{line: int(fn.StartLine) - 1, name: fn.Name}
					funcs[k] = ff
					f.funcs = append(f.funcs, ff)
				}
				ff.samples += n
				if tier == "jit" {
					ff.jit += n
				}
			}
		}
	}
	share := warmupShare(p)
	for _, f := range out {
		f.total = total
		if f.warmup != nil && share >= 0 {
			f.warmup.interpretedShare = share
		}
	}
}

// warmupCommentPrefix starts the profile comments in which Kiln's
// profiler gives a JIT loop's warm-up ("kiln: loop 7
// warmup_interp_ns=120000000"): the CPU time its code was interpreted
// before the JIT took it over. profiler.WarmupCommentPrefix; the
// profiler package is not a dependency of lsp.
const warmupCommentPrefix = "kiln: loop "

// warmupShare is the loops' warm-up interpretation over the profile's
// CPU time, or -1 if the profile has no warm-up comments.
func warmupShare(p *profile.Profile) float64 {
	var interp int64
	found := false
	for _, c := range p.Comments {
		var id, ns int64
		if rest, ok := strings.CutPrefix(c, warmupCommentPrefix); ok {
			if _, err := fmt.Sscanf(rest, "%d warmup_interp_ns=%d", &id, &ns); err == nil {
				interp += ns
				found = true
			}
		}
	}
	cpu := profileCPUTime(p)
	if !found || cpu <= 0 {
		return -1
	}
	return min(float64(interp)/float64(cpu), 1)
}

// profileCPUTime is the CPU time the profile covers: its cpu/nanoseconds
// values, else its sample count times the sampling period.
func profileCPUTime(p *profile.Profile) int64 {
	idx, scale := -1, int64(1)
	for i, st := range p.SampleType {
		if st.Unit == "nanoseconds" {
			idx = i
		}
	}
	if idx < 0 {
		idx, scale = sampleValueIndex(p), p.Period
	}
	var total int64
	for _, s := range p.Sample {
		if idx < len(s.Value) {
			total += s.Value[idx] * scale
		}
	}
	return total
}

// sampleValueIndex picks the sample count among the profile's values.
func sampleValueIndex(p *profile.Profile) int {
	for i, st := range p.SampleType {
		if st.Type == "samples" {
			return i
		}
	}
	return 0
}
