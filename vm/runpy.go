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
	code, err := runtime.CompileSource(th, ms.File, ms.Src, "exec")
	if err != nil {
		return exitStatus(th, err, runpyCompileFrames(ms))
	}
	_, err = runtime.ExecCode(th, code, g, runtime.Value{})
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

// runpyCompileFrames are the traceback lines of the runpy and importlib
// functions in CPython 3.12.1 under which the source of ms fails to
// compile: they differ for a module, a package's __main__, a directory's
// __main__.py and a zip file's.
func runpyCompileFrames(ms *runtime.MainSource) string {
	const (
		asMain      = "  File \"<frozen runpy>\", line 189, in _run_module_as_main\n"
		asMainOfDir = "  File \"<frozen runpy>\", line 191, in _run_module_as_main\n" +
			"  File \"<frozen runpy>\", line 240, in _get_main_module_details\n"
		compiled = "  File \"<frozen runpy>\", line 159, in _get_module_details\n" +
			"  File \"<frozen importlib._bootstrap_external>\", line 1128, in get_code\n" +
			"  File \"<frozen importlib._bootstrap_external>\", line 1058, in source_to_code\n" +
			"  File \"<frozen importlib._bootstrap>\", line 488, in _call_with_frames_removed\n"
	)
	switch {
	case ms.Zipped() && ms.Name == "__main__":
		return asMainOfDir + `  File "<frozen runpy>", line 131, in _get_module_details
  File "<frozen importlib.util>", line 100, in find_spec
  File "<frozen importlib._bootstrap>", line 1262, in _find_spec
  File "<frozen importlib._bootstrap_external>", line 1524, in find_spec
  File "<frozen importlib._bootstrap_external>", line 1498, in _get_spec
  File "<frozen zipimport>", line 111, in find_spec
  File "<frozen importlib._bootstrap>", line 675, in spec_from_loader
  File "<frozen importlib._bootstrap_external>", line 821, in spec_from_file_location
  File "<frozen zipimport>", line 170, in get_filename
  File "<frozen zipimport>", line 708, in _get_module_code
  File "<frozen zipimport>", line 637, in _compile_source
`
	case ms.Name == "__main__":
		return asMainOfDir + compiled
	case strings.HasSuffix(ms.Name, ".__main__"):
		return asMain + "  File \"<frozen runpy>\", line 148, in _get_module_details\n" + compiled
	}
	return asMain + compiled
}

// withOuterFrames puts frames, traceback lines, at the top of the last
// traceback of report, an uncaught exception as FormatException prints
// it: the exception that went uncaught is the last one printed, after the
// exceptions of its __cause__ and __context__ chain. A report without a
// traceback gets one made of frames.
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
		// A SyntaxError from compiling the program, reported without a
		// traceback of its own.
		return "Traceback (most recent call last):\n" + frames + report
	}
	if strings.HasPrefix(header, "  +") {
		frames = "  | " + strings.ReplaceAll(strings.TrimSuffix(frames, "\n"), "\n", "\n  | ") + "\n"
	}
	at += len(header)
	return report[:at] + frames + report[at:]
}
