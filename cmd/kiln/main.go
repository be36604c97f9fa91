// Command kiln runs Python programs: a drop-in for python3 with
// CPython 3.12's command line, plus PyPy's --jit options.
//
//	kiln [option] ... [-c cmd | -m mod | file | -] [arg] ...
package main

func main() {}
