//go:build !(linux && amd64)

package sigflag

const supported = false

func install() bool { return false }

func restore() {}

func uncatch(sig int) {}
