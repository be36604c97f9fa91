package main

// This file defines "kiln-prof folded": a profile as folded stacks, one
// line per distinct stack, "main;f;g 42", the input of flamegraph.pl and
// of speedscope.

import (
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/google/pprof/profile"
	"strconv"
	"strings"
)

var foldedCommand = &command{
	name:    "folded",
	args:    "[--sample_index TYPE] PROFILE",
	summary: "print a profile as folded stacks (flamegraph.pl, speedscope)",
	help: `
Folded prints one line per distinct stack of the profile: the frames
from the outermost caller to the innermost callee joined by ";", a
space, and the value (sample count for CPU profiles, bytes for
allocation profiles). Lines are sorted, so the output of one profile is
always the same.

  --sample_index TYPE  report TYPE instead (samples, cpu, alloc_objects,
                       alloc_space)`,
	run: runFolded,
}

func runFolded(c *command, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("folded", flag.ContinueOnError)
	index := fs.String("sample_index", "", "sample type to report")
	file, status := parseProfileArgs(c, fs, args, stdout, stderr)
	if file == "" {
		return status
	}
	p, err := readProfile(file)
	if err == nil {
		err = writeFolded(stdout, p, *index)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof folded: %v\n", err)
		return exitError
	}
	return exitOK
}

// writeFolded prints p's stacks as folded lines. A CPU profile is folded
// by sample count, the unit flame graph tools expect.
func writeFolded(w io.Writer, p *profile.Profile, index string) error {
	if index == "" && len(p.SampleType) > 0 && p.SampleType[0].Type == "samples" {
		index = "samples"
	}
	vi, err := valueIndex(p, index)
	if err != nil {
		return err
	}
	totals := map[string]int64{}
	for _, s := range p.Sample {
		names := rootFirst(s)
		for i, n := range names {
			names[i] = strings.ReplaceAll(n, ";", ",")
		}
		totals[strings.Join(names, ";")] += s.Value[vi]
	}
	stacks := make([]string, 0, len(totals))
	for st := range totals {
		stacks = append(stacks, st)
	}
	slices.Sort(stacks)
	for _, st := range stacks {
		if _, err := io.WriteString(w, st+" "+strconv.FormatInt(totals[st], 10)+"\n"); err != nil {
			return err
		}
	}
	return nil
}
