// This file defines how a program found through the import system runs as
// __main__, as CPython's runpy runs it: the module of -m, and the
// __main__.py of a directory or zip file named as the script.

package vm

import (
	"fmt"
	"strings"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// execFound runs a program found through the import system as __main__,
// with the __spec__, __loader__ and __package__ runpy gives it.
func execFound(th *runtime.Thread, ms *runtime.MainSource) (int, tracelog.ExitReason) {
	spec, loader := ms.Spec()
	g := mainModule(th, ms.File, runtime.NewStr(ms.Package()), loader, spec)
	if !ms.Zipped() {
		// CPython's traceback printer reads a line from a file by its
		// name, which finds no file for a member of a zip archive.
		th.Interp.CacheSource(ms.File, ms.Src)
	}
	_, err := runtime.ExecSource(th, ms.File, ms.Src, "exec", g, nil)
	return exitStatus(th, err, runpyFrames)
}

// runModuleAsMain is -m: find the module on sys.path and run it as
// __main__ (a package runs its __main__ submodule).
func runModuleAsMain(th *runtime.Thread, name string) (int, tracelog.ExitReason) {
	ms, err := runtime.FindModuleSource(th, name)
	if err != nil {
		// runpy reports this through sys.exit(message): what the parent
		// packages printed comes first.
		th.Interp.FlushStdStreams()
		fmt.Fprintf(th.Interp.Options.Stderr, "%s: %s\n", CommandName(), err)
		return 1, tracelog.ExitNormal
	}
	if argv, ok := th.Interp.Modules.GetStr("sys"); ok {
		if a, err := runtime.GetAttr(th, argv, "argv"); err == nil && a.Type() == runtime.ListType {
			items := runtime.ListItems(a)
			if len(items) > 0 {
				items[0] = runtime.NewStr(ms.File)
			}
		}
	}
	return execFound(th, ms)
}

// runpyFrames are the traceback lines of the two runpy functions that run
// the program in CPython 3.12.1 (_run_module_as_main calling _run_code),
// which every exception the program leaves uncaught passed through.
const runpyFrames = `  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
`

// withOuterFrames puts frames, traceback lines, at the top of the last
// traceback of report, an uncaught exception as FormatException prints
// it: the exception that went uncaught is the last one printed, after the
// exceptions of its __cause__ and __context__ chain.
func withOuterFrames(report, frames string) string {
	if frames == "" {
		return report
	}
	at, header := -1, ""
	for _, h := range []string{"Traceback (most recent call last):\n", "  + Exception Group Traceback (most recent call last):\n"} {
		if i := strings.LastIndex("\n"+report, "\n"+h); i > at {
			at, header = i, h
		}
	}
	if at < 0 {
		return report
	}
	if strings.HasPrefix(header, "  +") {
		frames = "  | " + strings.ReplaceAll(strings.TrimSuffix(frames, "\n"), "\n", "\n  | ") + "\n"
	}
	at += len(header)
	return report[:at] + frames + report[at:]
}
