package socket

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

// This file defines the module's conversion functions: byte order
// (htons, ntohs, htonl, ntohl), packed addresses (inet_aton, inet_ntoa,
// inet_pton, inet_ntop), and the descriptor functions dup and close.

// byteSwap16 and byteSwap32 are the host/network conversions of a
// little-endian host, where both directions swap.
func byteSwap16(x uint64) uint64 { return x>>8&0xff | x&0xff<<8 }
func byteSwap32(x uint64) uint64 {
	return x>>24&0xff | x>>8&0xff00 | x&0xff00<<8 | x&0xff<<24
}

// orderFunc makes htons/ntohs (bits 16) or htonl/ntohl (bits 32).
func orderFunc(name string, bits int) runtime.NativeFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount(name, args, kwnames, 1, 1); err != nil {
			return runtime.Value{}, err
		}
		var v runtime.Value
		if bits == 32 {
			// htonl takes an int object, not any __index__ object.
			if !args[0].IsSmallInt() && !args[0].IsBool() && args[0].Type().Layout != runtime.LayoutInt {
				return runtime.Value{}, runtime.Errorf(runtime.TypeError, "expected int, %s found", runtime.TypeName(args[0]))
			}
			v = args[0]
		} else {
			var err error
			if v, err = runtime.Index(th, args[0]); err != nil {
				return runtime.Value{}, err
			}
		}
		x := runtime.BigIntValue(v)
		if bits == 16 {
			// htons parses a C int first.
			switch {
			case x.Cmp(big.NewInt(math.MinInt32)) < 0:
				return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "signed integer is less than minimum")
			case x.Cmp(big.NewInt(math.MaxInt32)) > 0:
				return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "signed integer is greater than maximum")
			}
			switch {
			case x.Sign() < 0:
				return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
			case x.BitLen() > 16:
				return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
			}
			return runtime.Int(int64(byteSwap16(x.Uint64()))), nil
		}
		switch {
		case x.Sign() < 0:
			return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "can't convert negative value to unsigned int")
		case x.BitLen() > 32:
			return runtime.Value{}, runtime.Errorf(runtime.OverflowError, "int larger than 32 bits")
		}
		return runtime.Int(int64(byteSwap32(x.Uint64()))), nil
	}
}

// parseInetAton parses an IPv4 address as the C library's inet_aton does:
// one to four numbers (decimal, 0x hex or 0 octal), the last filling the
// remaining bytes, and anything after a space ignored.
func parseInetAton(s string) ([4]byte, bool) {
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i > 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if s == "" || len(parts) > 4 {
		return [4]byte{}, false
	}
	var nums []uint64
	for _, p := range parts {
		n, ok := parseCNumber(p)
		if !ok {
			return [4]byte{}, false
		}
		nums = append(nums, n)
	}
	var v uint64
	for i, n := range nums[:len(nums)-1] {
		if n > 0xff {
			return [4]byte{}, false
		}
		v |= n << (24 - 8*uint(i))
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*uint(5-len(nums))) {
		return [4]byte{}, false
	}
	v |= last
	return [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}, true
}

// parseCNumber parses a number of at most 32 bits as C's strtoul with base
// 0 reads one: 0x or 0X then hex, 0 then octal, or decimal (Go's base 0
// would also take 0b, 0o and underscores).
func parseCNumber(p string) (uint64, bool) {
	base := 10
	switch {
	case len(p) > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'):
		base, p = 16, p[2:]
	case len(p) > 1 && p[0] == '0':
		base, p = 8, p[1:]
	}
	n, err := strconv.ParseUint(p, base, 32)
	return n, err == nil
}

func inetAton(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.CheckArgCount("inet_aton", args, kwnames, 1, 1); err != nil {
		return runtime.Value{}, err
	}
	if args[0].Type().Layout != runtime.LayoutStr {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "inet_aton() argument 1 must be str, not %s", runtime.TypeName(args[0]))
	}
	b, ok := parseInetAton(runtime.StrValue(args[0]))
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "illegal IP address string passed to inet_aton")
	}
	return runtime.NewBytes(b[:]), nil
}

func inetNtoa(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.CheckArgCount("inet_ntoa", args, kwnames, 1, 1); err != nil {
		return runtime.Value{}, err
	}
	b, err := dataArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if len(b) != 4 {
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "packed IP wrong length for inet_ntoa")
	}
	return runtime.NewStr(formatIPv4([4]byte(b))), nil
}

// familyArg checks the two arguments of inet_pton and inet_ntop and
// returns the first, the address family.
func familyArg(th *runtime.Thread, name string, args []runtime.Value, kwnames []string) (int64, error) {
	if err := runtime.CheckArgCount(name, args, kwnames, 2, 2); err != nil {
		return 0, err
	}
	return runtime.AsInt(th, args[0])
}

func inetPton(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	family, err := familyArg(th, "inet_pton", args, kwnames)
	if err != nil {
		return runtime.Value{}, err
	}
	if args[1].Type().Layout != runtime.LayoutStr {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "inet_pton() argument 2 must be str, not %s", runtime.TypeName(args[1]))
	}
	if family != unix.AF_INET && family != unix.AF_INET6 {
		return runtime.Value{}, osError(unix.EAFNOSUPPORT)
	}
	var packed []byte
	text := runtime.StrValue(args[1])
	if family == unix.AF_INET {
		if b, ok := parseIPv4(text); ok {
			packed = b[:]
		}
	} else if b, ok := parseIPv6(text); ok {
		packed = b[:]
	}
	if packed == nil {
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "illegal IP address string passed to inet_pton")
	}
	return runtime.NewBytes(packed), nil
}

func inetNtop(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	family, err := familyArg(th, "inet_ntop", args, kwnames)
	if err != nil {
		return runtime.Value{}, err
	}
	b, err := dataArg(args[1])
	if err != nil {
		return runtime.Value{}, err
	}
	switch {
	case family == unix.AF_INET && len(b) == 4:
		return runtime.NewStr(formatIPv4([4]byte(b))), nil
	case family == unix.AF_INET6 && len(b) == 16:
		return runtime.NewStr(formatIPv6([16]byte(b))), nil
	case family == unix.AF_INET || family == unix.AF_INET6:
		return runtime.Value{}, runtime.Errorf(runtime.ValueError, "invalid length of packed IP address string")
	}
	return runtime.Value{}, runtime.Errorf(runtime.ValueError, "unknown address family %d", family)
}

// fdArg is a file descriptor argument.
func fdArg(th *runtime.Thread, name string, args []runtime.Value, kwnames []string) (int, error) {
	if err := runtime.CheckArgCount(name, args, kwnames, 1, 1); err != nil {
		return 0, err
	}
	fd, err := runtime.AsInt(th, args[0])
	return int(fd), err
}

// dupFD duplicates a descriptor, close-on-exec as CPython's are.
func dupFD(fd int) (int, error) {
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return -1, osError(err)
	}
	return nfd, nil
}

// addConversions puts this file's functions in the _socket module m.
func addConversions(m *runtime.Module) {
	m.AddFunction("htons", orderFunc("htons", 16))
	m.AddFunction("ntohs", orderFunc("ntohs", 16))
	m.AddFunction("htonl", orderFunc("htonl", 32))
	m.AddFunction("ntohl", orderFunc("ntohl", 32))
	m.AddFunction("inet_aton", inetAton)
	m.AddFunction("inet_ntoa", inetNtoa)
	m.AddFunction("inet_pton", inetPton)
	m.AddFunction("inet_ntop", inetNtop)
	m.AddFunction("dup", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		fd, err := fdArg(th, "dup", args, kwnames)
		if err != nil {
			return runtime.Value{}, err
		}
		nfd, err := dupFD(fd)
		return runtime.Int(int64(nfd)), err
	})
	m.AddFunction("close", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		fd, err := fdArg(th, "close", args, kwnames)
		if err != nil {
			return runtime.Value{}, err
		}
		if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
			return runtime.Value{}, osError(err)
		}
		return runtime.None, nil
	})
}
