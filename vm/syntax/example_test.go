package syntax_test

import (
	"errors"
	"fmt"

	"github.com/kilnpy/kiln/vm/syntax"
)

func ExampleParse() {
	mod, err := syntax.Parse("hello.py", []byte("x = 1 + 2\n"), syntax.ModeExec)
	if err != nil {
		fmt.Println(err)
		return
	}
	assign := mod.Body[0].(*syntax.Assign)
	fmt.Println(syntax.Dump(assign.Value))
	// Output:
	// BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9)
}

func ExampleError() {
	_, err := syntax.Parse("f.py", []byte("if x\n    pass\n"), syntax.ModeExec)
	var e *syntax.Error
	if errors.As(err, &e) {
		fmt.Printf("%s: %s at line %d, column %d\n%s", e.Kind, e.Msg, e.Line, e.Col, e.Text)
	}
	// Output:
	// SyntaxError: expected ':' at line 1, column 5
	// if x
}

func ExampleIsIncomplete() {
	for _, src := range []string{"def f(x):\n", "f(1,\n", "f(1))\n"} {
		_, err := syntax.Parse("<stdin>", []byte(src), syntax.ModeSingle)
		fmt.Printf("%q: %v\n", src, syntax.IsIncomplete(err))
	}
	// Output:
	// "def f(x):\n": true
	// "f(1,\n": true
	// "f(1))\n": false
}
