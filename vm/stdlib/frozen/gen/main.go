// Command gen compiles Kiln's builtin modules written in Python and writes
// the archive of their frozen code that package frozen embeds. It is run
// by `go generate ./vm/stdlib/frozen`.
package main

import (
	"flag"
	"fmt"
	"os"

	_ "github.com/kilnpy/kiln/vm/stdlib" // registers the modules
	"github.com/kilnpy/kiln/vm/stdlib/frozen"
)

func main() {
	out := flag.String("out", "data/modules.kbc", "file to write the archive to")
	flag.Parse()
	archive, err := frozen.Build()
	if err == nil {
		err = os.WriteFile(*out, archive, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
