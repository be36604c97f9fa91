package main

// This file defines "kiln-prof top": the functions of a profile by flat
// (self) and cumulative value, as pprof's top does, naming Python
// functions with their file and line.

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/google/pprof/profile"
)

var topCommand = &command{
	name:    "top",
	args:    "[-n N] [--cum] [--sample_index TYPE] PROFILE",
	summary: "list the functions of a profile that took the most time",
	help: `
Top reads a profile written by kiln -X profile=FILE (or profile-alloc,
or any pprof profile) and lists its functions by flat value (time in
the function itself) with their cumulative value (time in the function
and what it called). Builtins appear as <builtin NAME> and compiled
loops as <jit loop N file:line>. PROFILE "-" reads standard input.

  -n N                 list N functions (default 20; 0 for all)
  --cum                sort by cumulative value
  --sample_index TYPE  report TYPE (samples, cpu, alloc_objects,
                       alloc_space); default: cpu time or bytes`,
	run: runTop,
}

// funcTotal is one line of top.
type funcTotal struct {
	name      string
	flat, cum int64
}

func runTop(c *command, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("top", flag.ContinueOnError)
	n := fs.Int("n", 20, "functions to list")
	byCum := fs.Bool("cum", false, "sort by cumulative value")
	index := fs.String("sample_index", "", "sample type to report")
	file, status := parseProfileArgs(c, fs, args, stdout, stderr)
	if file == "" {
		return status
	}
	p, err := readProfile(file)
	if err == nil {
		err = writeTop(stdout, p, *index, *n, *byCum)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kiln-prof top: %v\n", err)
		return exitError
	}
	return exitOK
}

// parseProfileArgs parses flags (before or after the file) and returns the
// one file named, or "" and the exit status after a usage error or -h.
func parseProfileArgs(c *command, fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (string, int) {
	fs.SetOutput(io.Discard)
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				c.usage(stdout)
				return "", exitOK
			}
			fmt.Fprintf(stderr, "kiln-prof %s: %v\n", c.name, err)
			c.usage(stderr)
			return "", exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprintf(stderr, "kiln-prof %s: want one PROFILE, got %d\n", c.name, len(files))
		c.usage(stderr)
		return "", exitUsage
	}
	return files[0], exitOK
}

// writeTop prints the top n functions of p.
func writeTop(w io.Writer, p *profile.Profile, index string, n int, byCum bool) error {
	vi, err := valueIndex(p, index)
	if err != nil {
		return err
	}
	unit := p.SampleType[vi].Unit
	totals := map[string]*funcTotal{}
	get := func(name string) *funcTotal {
		t := totals[name]
		if t == nil {
			t = &funcTotal{name: name}
			totals[name] = t
		}
		return t
	}
	var total int64
	for _, s := range p.Sample {
		v := s.Value[vi]
		total += v
		names := rootFirst(s)
		seen := map[string]bool{}
		for _, name := range names {
			if !seen[name] { // recursion counts once in cum
				seen[name] = true
				get(name).cum += v
			}
		}
		if len(names) > 0 {
			get(names[len(names)-1]).flat += v
		}
	}
	list := make([]*funcTotal, 0, len(totals))
	for _, t := range totals {
		list = append(list, t)
	}
	slices.SortFunc(list, func(a, b *funcTotal) int {
		if byCum {
			return cmp.Or(cmp.Compare(b.cum, a.cum), cmp.Compare(b.flat, a.flat), cmp.Compare(a.name, b.name))
		}
		return cmp.Or(cmp.Compare(b.flat, a.flat), cmp.Compare(b.cum, a.cum), cmp.Compare(a.name, b.name))
	})
	shown := len(list)
	if n > 0 && n < shown {
		shown = n
	}
	fmt.Fprintf(w, "%s: %s total; showing %d of %d functions\n",
		p.SampleType[vi].Type, formatValue(total, unit), shown, len(list))
	fmt.Fprintf(w, "%10s %7s %7s %10s %7s  %s\n", "flat", "flat%", "sum%", "cum", "cum%", "function")
	var sum int64
	for _, t := range list[:shown] {
		sum += t.flat
		fmt.Fprintf(w, "%10s %7s %7s %10s %7s  %s\n", formatValue(t.flat, unit), percent(t.flat, total),
			percent(sum, total), formatValue(t.cum, unit), percent(t.cum, total), t.name)
	}
	return nil
}
