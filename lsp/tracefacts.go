// This file turns a trace log (docs/tracelog.md) into facts per file:
// resource leaks, what the JIT did with each loop, and the warm-up summary.
// The profile a run wrote next to its log adds the hot-code facts
// (profile.go).

package lsp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/syntax"
)

// runLog is a trace log read into memory.
type runLog struct {
	path   string
	dirs   []string // where relative file names are looked up, in order
	events []tracelog.Event
}

// readRunLog reads a trace log. A log cut short (the program is still
// running, or was killed) yields the events written so far.
func readRunLog(path string, dirs []string) (*runLog, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := tracelog.NewReader(f)
	if err != nil {
		return nil, err
	}
	rl := &runLog{path: path, dirs: dirs}
	for {
		ev, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rl, err
		}
		rl.events = append(rl.events, ev)
	}
	return rl, nil
}

// resolve turns a file name as the runtime wrote it (as given on the
// command line, so often relative) into an absolute path.
func (rl *runLog) resolve(name string) string {
	if name == "" || strings.HasPrefix(name, "<") {
		return ""
	}
	if filepath.IsAbs(name) {
		return filepath.Clean(name)
	}
	for _, d := range rl.dirs {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if len(rl.dirs) > 0 {
		return filepath.Join(rl.dirs[0], name)
	}
	return ""
}

// factsFromLog builds the facts of every file the log covers: the script it
// ran (from run.start) and every file an event names. A file covered by a
// log with no leaks gets an empty leak list: the new run replaces the old
// facts, so a fixed leak disappears.
func factsFromLog(rl *runLog, source func(path string) *document) map[string]*fileFacts {
	out := map[string]*fileFacts{}
	get := func(name string) *fileFacts {
		p := rl.resolve(name)
		if p == "" {
			return nil
		}
		f := out[p]
		if f == nil {
			f = &fileFacts{path: p, source: rl.path, loaded: time.Now(), lines: map[int]*sampleCount{}}
			f.base = source(p)
			out[p] = f
		}
		return f
	}

	type loopKey struct {
		file string
		line int
	}
	hot := map[loopKey]int64{}
	aborts := map[loopKey]*tracelog.TraceAbort{}
	compiled := map[loopKey]*tracelog.LoopCompiled{}
	byID := map[int64]*tracelog.LoopCompiled{}
	irs := map[int64]string{}
	bridges := map[int64][]*tracelog.BridgeCompiled{}
	bridgeIR := map[int64]string{}
	type guardKey struct{ loop, guard int64 }
	guards := map[guardKey]*tracelog.GuardFail{}
	invalid := map[int64]string{}
	var start, end, lastCompile time.Duration
	var scripts []*fileFacts
	jitOn := false
	opens := map[int64]*tracelog.ResourceOpen{}
	loopsCompiled := 0

	for _, ev := range rl.events {
		if t := ev.Header().Time; t > end {
			end = t
		}
		switch e := ev.(type) {
		case *tracelog.RunStart:
			start = e.Time
			for _, a := range e.Argv {
				if strings.HasSuffix(a, ".py") {
					if f := get(a); f != nil {
						scripts = append(scripts, f)
					}
				}
			}
		case *tracelog.ResourceOpen:
			opens[e.ID] = e
		case *tracelog.ResourceLeak:
			// The allocation site: the stack's innermost frame, else the
			// matching resource.open; pos is only where the leak was found.
			site, stack := e.Pos, e.Stack
			if o := opens[e.ID]; len(stack) == 0 && o != nil {
				site, stack = o.Pos, o.Stack
			}
			if len(stack) > 0 {
				site = stack[0].Pos
			}
			if f := get(site.File); f != nil && site.Line > 0 {
				lf := &leakFact{line: site.Line - 1, col: site.Col - 1,
					resource: string(e.Resource), desc: e.Desc, detectedBy: string(e.DetectedBy)}
				for _, fr := range stack {
					lf.stack = append(lf.stack, leakFrame{fn: fr.Func, path: rl.resolve(fr.File), line: fr.Line})
				}
				f.leaks = append(f.leaks, lf)
			}
		case *tracelog.LoopHot:
			jitOn = true
			k := loopKey{rl.resolve(e.Pos.File), e.Pos.Line}
			if hot[k] == 0 {
				hot[k] = e.Count
			}
			get(e.Pos.File)
		case *tracelog.TraceStart:
			jitOn = true
		case *tracelog.TraceAbort:
			jitOn = true
			if e.Guard == 0 {
				aborts[loopKey{rl.resolve(e.Pos.File), e.Pos.Line}] = e
				get(e.Pos.File)
			}
		case *tracelog.LoopCompiled:
			jitOn = true
			loopsCompiled++
			lastCompile = e.Time
			compiled[loopKey{rl.resolve(e.Pos.File), e.Pos.Line}] = e
			byID[e.Loop] = e
			get(e.Pos.File)
		case *tracelog.LoopIR:
			irs[e.Loop] = dropIRHeader(e.Text)
		case *tracelog.BridgeCompiled:
			jitOn = true
			lastCompile = e.Time
			bridges[e.Loop] = append(bridges[e.Loop], e)
		case *tracelog.BridgeIR:
			bridgeIR[e.Guard] = dropIRHeader(e.Text)
		case *tracelog.GuardFail:
			k := guardKey{e.Loop, e.Guard}
			if g := guards[k]; g == nil || e.Count > g.Count {
				guards[k] = e
			}
		case *tracelog.LoopInvalidated:
			invalid[e.Loop] = e.Reason
		case *tracelog.JITSummary:
			jitOn = true
		}
	}

	for path, f := range out {
		f.jitOn = jitOn
		if f.base == nil {
			continue
		}
		headers := loopHeaders(f.base)
		seen := map[int]bool{}
		addLoop := func(line int) {
			if seen[line] {
				return
			}
			seen[line] = true
			k := loopKey{path, line}
			lf := &loopFact{line: line - 1, hot: hot[k]}
			if c := compiled[k]; c != nil {
				lf.loopID, lf.fn = c.Loop, c.Func
				lf.compile = c.Tracing + c.Optimize + c.Backend
				lf.ir = interleave(irs[c.Loop], f.base, path)
				if lf.ir != "" && !strings.Contains(lf.ir, "debug_merge_point") {
					lf.ir = fmt.Sprintf("# %d: %s\n%s", line, strings.TrimSpace(f.base.line(line-1)), lf.ir)
				}
				for _, br := range bridges[c.Loop] {
					lf.bridges++
					t := bridgeIR[br.Guard]
					if t == "" {
						continue
					}
					text := interleave(t, f.base, path)
					if !strings.Contains(t, "debug_merge_point") && rl.resolve(br.Pos.File) == path {
						text = fmt.Sprintf("# %d: %s\n%s", br.Pos.Line, strings.TrimSpace(f.base.line(br.Pos.Line-1)), text)
					}
					lf.bridgeIR = append(lf.bridgeIR, fmt.Sprintf("# bridge out of guard %d\n%s", br.Guard, text))
				}
				lf.invalid = invalid[c.Loop]
				for gk, g := range guards {
					if gk.loop == c.Loop && (lf.guard == nil || g.Count > lf.guard.count) && rl.resolve(g.Pos.File) == path {
						lf.guard = &guardFact{line: g.Pos.Line - 1, count: g.Count}
					}
				}
			} else {
				lf.abort = aborts[k]
			}
			if lf.loopID == 0 && lf.abort == nil && lf.hot == 0 && !jitOn {
				return
			}
			f.loops = append(f.loops, lf)
		}
		for _, line := range headers {
			addLoop(line)
		}
		for k := range hot {
			if k.file == path {
				addLoop(k.line)
			}
		}
		for k := range compiled {
			if k.file == path {
				addLoop(k.line)
			}
		}
		for k := range aborts {
			if k.file == path {
				addLoop(k.line)
			}
		}
	}
	if jitOn {
		w := &warmupFact{loops: loopsCompiled, total: end - start, interpretedShare: -1}
		if loopsCompiled > 0 {
			w.steady = lastCompile - start
		}
		for _, f := range scripts {
			f.warmup = w
		}
	}
	return out
}

// loopHeaders returns the 1-based header lines of the for and while loops
// of a document, the JIT's name for a loop.
func loopHeaders(d *document) []int {
	a := d.analysis()
	if a.mod == nil {
		return nil
	}
	var lines []int
	syntax.WalkModule(a.mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.For:
			lines = append(lines, int(n.Start.Line))
		case *syntax.While:
			lines = append(lines, int(n.Start.Line))
		}
		return true
	})
	return lines
}

// dropIRHeader removes the header line PyPy's jit-log-opt puts before the
// ops ("# Loop 1 (f;prog.py:9-11) : loop with 40 ops", "# bridge out of
// Guard 0x2 with 3 ops") when the JIT writes it into the event's text: the
// server writes its own heading, with the loop's lens, above the IR.
func dropIRHeader(text string) string {
	first, rest, found := strings.Cut(text, "\n")
	if strings.HasPrefix(first, "# Loop ") || strings.HasPrefix(first, "# bridge out of ") {
		if !found {
			return ""
		}
		return rest
	}
	return text
}

// mergePointLine finds the source line in a debug_merge_point's location,
// PyPy's "f;prog.py:1-4~#8 LOAD_FAST" (first line 1, current line 4).
var mergePointLine = regexp.MustCompile(`debug_merge_point\(\d+, \d+, '[^;']*;([^']*):\d+-(\d+)~`)

// interleave puts the source line in front of the IR each line of Python
// compiled to, as a comment, so the trace reads next to the code.
func interleave(ir string, src *document, path string) string {
	if ir == "" {
		return ""
	}
	var b strings.Builder
	last := -1
	for _, op := range strings.Split(ir, "\n") {
		if m := mergePointLine.FindStringSubmatch(op); m != nil && sameFile(m[1], path) {
			if n, err := strconv.Atoi(m[2]); err == nil && n != last {
				last = n
				fmt.Fprintf(&b, "# %d: %s\n", n, strings.TrimSpace(src.line(n-1)))
			}
		}
		b.WriteString(op)
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func sameFile(name, path string) bool {
	return name == path || filepath.Base(name) == filepath.Base(path)
}
