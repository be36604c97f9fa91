package tracelog

// This file turns the user's spellings of a log, -X tracelog=FILE and
// KILNLOG / PYPYLOG=categories:FILE, into a Log.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Open opens a JSON Lines log from the value of kiln's -X tracelog=FILE:
// a file name, in which %d stands for the process id, or "-" for
// standard error. The file is created or truncated.
func Open(spec string) (*Log, error) {
	w, closer, err := openFile(spec)
	if err != nil {
		return nil, fmt.Errorf("tracelog=%s: %w", spec, err)
	}
	return newLog(w, closer, Options{Format: JSONL}), nil
}

// OpenText opens a PYPYLOG-style text log from a spec as PyPy reads
// its PYPYLOG variable:
//
//	categories:FILE  sections whose category starts with one of the
//	                 prefixes, separated by ',' or '+' (jit-summary,gc)
//	:FILE            every section
//	FILE or +FILE    profiling mode: frame lines only, no content
//
// FILE is as for Open: "-" is standard error and %d the process id.
func OpenText(spec string) (*Log, error) {
	opts := Options{Format: Text}
	file := spec
	switch {
	case strings.HasPrefix(spec, "+"):
		opts.FramesOnly, file = true, spec[1:]
	case strings.Contains(spec, ":"):
		opts.Categories, file, _ = strings.Cut(spec, ":")
	default:
		opts.FramesOnly = true
	}
	w, closer, err := openFile(file)
	if err != nil {
		return nil, fmt.Errorf("log spec %q: %w", spec, err)
	}
	return newLog(w, closer, opts), nil
}

// FromEnv opens the text log named by the KILNLOG environment variable,
// or by PYPYLOG if KILNLOG is unset or empty, as OpenText does. It
// returns a nil *Log, which logs nothing, if neither is set. The VM
// passes os.Getenv.
func FromEnv(getenv func(string) string) (*Log, error) {
	for _, name := range []string{"KILNLOG", "PYPYLOG"} {
		if spec := getenv(name); spec != "" {
			l, err := OpenText(spec)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			return l, nil
		}
	}
	return nil, nil
}

var errNoFile = errors.New("no file name")

// openFile opens the sink a spec names. The returned closer is nil for
// standard error, which the process keeps using after the log closes.
func openFile(name string) (io.Writer, io.Closer, error) {
	switch name {
	case "":
		return nil, nil, errNoFile
	case "-":
		return os.Stderr, nil, nil
	}
	name = strings.ReplaceAll(name, "%d", strconv.Itoa(os.Getpid()))
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f, nil
}
