// Package json is Kiln's json module. The encoder and decoder are Go
// (encode.go, decode.go), written for speed; the classes and functions of
// the module's interface (JSONEncoder, JSONDecoder, JSONDecodeError,
// dumps, loads, ...) are Python of our own (json_py.py) around them, so
// that subclassing works as in CPython.
package json

import (
	_ "embed"
	"math"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file registers the json module: the Go _encode and _decode, then
// json_py.py run in the module's namespace.

//go:embed json_py.py
var jsonPySource []byte

func init() {
	rt.RegisterEmbeddedSource("json", jsonPySource)
	rt.RegisterModule("json", func(th *rt.Thread, m *rt.Module) error {
		m.AddFunction("_encode", jsonEncode)
		m.AddFunction("_decode", jsonDecode)
		return rt.ExecEmbedded(th, "json", jsonPySource, m.Dict())
	})
}

func nan() float64         { return math.NaN() }
func inf(sign int) float64 { return math.Inf(sign) }
