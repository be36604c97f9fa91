package main

// This file reads pprof profiles for the profile commands (top, folded,
// tiers) and turns their samples into root-first stacks of frame names.

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/google/pprof/profile"
)

// readProfile reads a pprof profile, gzipped or not ("-" is stdin).
func readProfile(name string) (*profile.Profile, error) {
	f := os.Stdin
	if name != "-" {
		var err error
		if f, err = os.Open(name); err != nil {
			return nil, err
		}
		defer f.Close()
	}
	p, err := profile.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// valueIndex picks the sample value the commands report: the one named
// by index (a sample type such as "samples" or "alloc_space"), else the
// profile's default sample type, else the last one (cpu nanoseconds in a
// CPU profile).
func valueIndex(p *profile.Profile, index string) (int, error) {
	if index == "" {
		index = p.DefaultSampleType
	}
	if index == "" {
		return len(p.SampleType) - 1, nil
	}
	for i, st := range p.SampleType {
		if st.Type == index {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no sample type %q in the profile", index)
}

// frameName names one line of a location as the profile commands show
// it: the function name, and for Python functions the file and line where
// the function starts, so that two functions of one name stay apart.
func frameName(ln profile.Line) string {
	fn := ln.Function
	if fn == nil {
		return "?"
	}
	if fn.Filename == "" || fn.StartLine == 0 || fn.Name != "" && fn.Name[0] == '<' && fn.Name != "<module>" && fn.Name != "<lambda>" {
		return fn.Name
	}
	return fn.Name + " (" + filepath.Base(fn.Filename) + ":" + strconv.FormatInt(fn.StartLine, 10) + ")"
}

// rootFirst returns the frame names of s from the outermost caller to the
// innermost callee, inlined frames included.
func rootFirst(s *profile.Sample) []string {
	var names []string
	for i := len(s.Location) - 1; i >= 0; i-- {
		lines := s.Location[i].Line
		for j := len(lines) - 1; j >= 0; j-- {
			names = append(names, frameName(lines[j]))
		}
	}
	return names
}

// formatValue formats v in the unit of a sample type.
func formatValue(v int64, unit string) string {
	switch unit {
	case "nanoseconds":
		return formatDuration(time.Duration(v))
	case "bytes":
		return formatBytes(v)
	}
	return strconv.FormatInt(v, 10)
}

// formatDuration prints durations as pprof does: 1.23s, 450ms.
func formatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0"
	case d >= time.Second:
		return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) + "s"
	case d >= time.Millisecond:
		return strconv.FormatFloat(float64(d)/1e6, 'f', 0, 64) + "ms"
	}
	return strconv.FormatFloat(float64(d)/1e3, 'f', 0, 64) + "us"
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 2, 64) + "MB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 2, 64) + "kB"
	}
	return strconv.FormatInt(n, 10) + "B"
}

// percent formats part/total as a percentage.
func percent(part, total int64) string {
	if total == 0 {
		return "0.00%"
	}
	return strconv.FormatFloat(100*float64(part)/float64(total), 'f', 2, 64) + "%"
}
