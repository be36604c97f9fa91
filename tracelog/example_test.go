package tracelog_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/kilnpy/kiln/tracelog"
)

func ExampleNewReader() {
	log := `{"tracelog":1,"program":"kiln"}
{"kind":"gc.end","time_ns":10210000,"thread":0,"seq":1,"cause":"collect","heap_before":1048576,"heap_after":600000,"freed":1234,"pause_ns":210000}
{"kind":"resource.leak","time_ns":10250000,"thread":1,"id":7,"resource":"file","desc":"data.txt","detected_by":"gc","pos":{"file":"prog.py","line":18,"col":1},"stack":[{"func":"leak","file":"prog.py","line":14,"col":9}]}
{"kind":"run.exit","time_ns":21000`
	r, err := tracelog.NewReader(strings.NewReader(log))
	if err != nil {
		panic(err)
	}
	for {
		ev, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		switch ev := ev.(type) {
		case *tracelog.GCEnd:
			fmt.Printf("collection %d paused %v\n", ev.Seq, ev.Pause)
		case *tracelog.ResourceLeak:
			fmt.Printf("%s %q leaked, opened at %s\n", ev.Resource, ev.Desc, ev.Stack[0].Pos)
		}
	}
	fmt.Println("truncated:", r.Truncated())
	// Output:
	// collection 1 paused 210µs
	// file "data.txt" leaked, opened at prog.py:14:9
	// truncated: true
}
