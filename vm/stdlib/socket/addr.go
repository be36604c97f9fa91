package socket

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

// This file defines the conversions between Python socket addresses
// ((host, port) for AF_INET, (host, port, flowinfo, scope_id) for
// AF_INET6, a path for AF_UNIX) and the kernel's, and name resolution:
// getaddrinfo, gethostbyname, and the socket.gaierror they raise.

// getaddrinfo error codes and messages (glibc's).
const (
	eaiNoName  = -2
	eaiFamily  = -9
	eaiService = -8
)

// eaiMessage is gai_strerror's text for code. (This file's small tables
// are switches: Go builds map literals at every start.)
func eaiMessage(code int) string {
	switch code {
	case eaiNoName:
		return "Name or service not known"
	case eaiFamily:
		return "Address family for hostname not supported"
	case eaiService:
		return "Servname not supported for ai_socktype"
	}
	return ""
}

func gaiError(th *runtime.Thread, code int) error {
	e, err := runtime.Call(th, runtime.ValueOf(GaiErrorType), []runtime.Value{runtime.Int(int64(code)), runtime.NewStr(eaiMessage(code))}, nil)
	if err != nil {
		return err
	}
	return (*runtime.Exception)(e.Pointer())
}

// hostArg is a host given as str, bytes or bytearray.
func hostArg(v runtime.Value) (string, error) {
	switch v.Type().Layout {
	case runtime.LayoutStr:
		return runtime.StrValue(v), nil
	case runtime.LayoutBytes, runtime.LayoutByteArray:
		b, _ := runtime.BytesLike(v)
		return string(b), nil
	}
	return "", runtime.Errorf(runtime.TypeError, "str, bytes or bytearray expected, not %s", runtime.TypeName(v))
}

// hostsFile returns the addresses /etc/hosts gives name, in file order,
// as the C library's files backend does.
func hostsFile(name string) []ipAddr {
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []ipAddr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		addr, ok := parseIP(strings.Split(fields[0], "%")[0])
		if !ok {
			continue
		}
		for _, n := range fields[1:] {
			if strings.EqualFold(n, name) {
				out = append(out, addr.unmap())
				break
			}
		}
	}
	return out
}

// resolve returns the addresses of host for family (AF_UNSPEC: both), or
// a getaddrinfo error code. A numeric IPv6 host stays IPv6, except that an
// IPv4-mapped one asked for as AF_INET is the IPv4 address, as in the C
// library.
func resolve(host string, family int, numericOnly bool) ([]ipAddr, int) {
	if a, scopeOK, ok := parseNumericHost(host); ok {
		if family == unix.AF_INET && a.isMapped() {
			a = a.unmap()
		}
		if family == unix.AF_INET && !a.is4 || family == unix.AF_INET6 && a.is4 {
			return nil, eaiFamily
		}
		if !scopeOK {
			return nil, eaiNoName
		}
		return []ipAddr{a}, 0
	}
	if host == "" || numericOnly || strings.IndexByte(host, ':') >= 0 {
		// A colon makes no host name: an IPv6 address with a bad scope
		// is not sent to DNS.
		return nil, eaiNoName
	}
	addrs := hostsFile(host)
	if len(addrs) == 0 {
		if addrs = lookupDNS(host, family); len(addrs) == 0 {
			return nil, eaiNoName
		}
	}
	var out []ipAddr
	for _, a := range addrs {
		a = a.unmap()
		if family == unix.AF_INET && !a.is4 || family == unix.AF_INET6 && a.is4 {
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		if family != unix.AF_UNSPEC {
			return nil, eaiFamily
		}
		return nil, eaiNoName
	}
	return out, 0
}

// sockaddr converts a Python address for a socket of family to the
// kernel's. fname prefixes the messages that CPython prefixes.
func sockaddr(th *runtime.Thread, family int, addr runtime.Value, fname string) (unix.Sockaddr, error) {
	switch family {
	case unix.AF_UNIX:
		path, err := hostArg(addr)
		if err != nil {
			return nil, err
		}
		return &unix.SockaddrUnix{Name: path}, nil
	case unix.AF_INET, unix.AF_INET6:
	default:
		return nil, runtime.Errorf(runtime.OSError, "%s(): bad family", fname)
	}
	name := "AF_INET"
	if family == unix.AF_INET6 {
		name = "AF_INET6"
	}
	if addr.Type().Layout != runtime.LayoutTuple {
		return nil, runtime.Errorf(runtime.TypeError, "%s(): %s address must be tuple, not %s", fname, name, runtime.TypeName(addr))
	}
	items := runtime.TupleItems(addr)
	if family == unix.AF_INET && len(items) != 2 {
		return nil, runtime.Errorf(runtime.TypeError, "AF_INET address must be a pair (host, port)")
	}
	if family == unix.AF_INET6 && (len(items) < 2 || len(items) > 4) {
		return nil, runtime.Errorf(runtime.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
	}
	host, err := hostArg(items[0])
	if err != nil {
		return nil, err
	}
	port, err := runtime.AsInt(th, items[1])
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 65535 {
		return nil, runtime.Errorf(runtime.OverflowError, "%s(): port must be 0-65535.", fname)
	}
	var ip ipAddr
	switch {
	case host == "" && family == unix.AF_INET:
		ip = ipv4([4]byte{})
	case host == "":
		ip = ipv6([16]byte{})
	case host == "<broadcast>" && family == unix.AF_INET:
		ip = ipv4([4]byte{255, 255, 255, 255})
	default:
		addrs, code := resolve(host, family, false)
		if code != 0 {
			return nil, gaiError(th, code)
		}
		ip = addrs[0]
	}
	if family == unix.AF_INET {
		return &unix.SockaddrInet4{Port: int(port), Addr: ip.as4()}, nil
	}
	sa := &unix.SockaddrInet6{Port: int(port), Addr: ip.as16()}
	if len(items) > 2 {
		flow, err := runtime.AsInt(th, items[2])
		if err != nil {
			return nil, err
		}
		if flow < 0 || flow > 0xfffff {
			return nil, runtime.Errorf(runtime.OverflowError, "%s(): flowinfo must be 0-1048575.", fname)
		}
	}
	if len(items) > 3 {
		scope, err := runtime.AsInt(th, items[3])
		if err != nil {
			return nil, err
		}
		sa.ZoneId = uint32(scope)
	}
	return sa, nil
}

// addrValue converts a kernel address to Python's form.
func addrValue(sa unix.Sockaddr) runtime.Value {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return runtime.NewTuple([]runtime.Value{runtime.NewStr(formatIPv4(sa.Addr)), runtime.Int(int64(sa.Port))})
	case *unix.SockaddrInet6:
		return runtime.NewTuple([]runtime.Value{runtime.NewStr(formatIPv6(sa.Addr)), runtime.Int(int64(sa.Port)),
			runtime.Int(0), runtime.Int(int64(sa.ZoneId))})
	case *unix.SockaddrUnix:
		if sa.Name == "@" {
			return runtime.NewStr("") // unnamed (x/sys reports it as an empty abstract name)
		}
		return runtime.NewStr(sa.Name)
	}
	return runtime.None
}

// servicePort returns the port of a service name getaddrinfo knows
// without /etc/services.
func servicePort(name string) (int, bool) {
	switch name {
	case "http":
		return 80, true
	case "https":
		return 443, true
	case "ftp":
		return 21, true
	case "ssh":
		return 22, true
	case "smtp":
		return 25, true
	case "domain":
		return 53, true
	}
	return 0, false
}

// getaddrinfo is socket.getaddrinfo(host, port, family=0, type=0,
// proto=0, flags=0) of _socket: families and types come back as ints (the
// socket module turns them into enums).
func getaddrinfo(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var hostV, portV, familyV, typeV, protoV, flagsV runtime.Value
	if err := runtime.UnpackArgs("getaddrinfo", args, kwnames, "host", &hostV, "port", &portV, "family?", &familyV,
		"type?", &typeV, "proto?", &protoV, "flags?", &flagsV); err != nil {
		return runtime.Value{}, err
	}
	intArg := func(v runtime.Value) (int, error) {
		if !v.IsValid() {
			return 0, nil
		}
		n, err := runtime.AsInt(th, v)
		return int(n), err
	}
	family, err := intArg(familyV)
	if err != nil {
		return runtime.Value{}, err
	}
	stype, err := intArg(typeV)
	if err != nil {
		return runtime.Value{}, err
	}
	proto, err := intArg(protoV)
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := intArg(flagsV)
	if err != nil {
		return runtime.Value{}, err
	}
	port := 0
	switch {
	case portV.IsNone():
	case portV.IsSmallInt():
		port = int(portV.SmallInt())
	case portV.Type().Layout == runtime.LayoutStr || portV.Type().Layout == runtime.LayoutBytes:
		s, _ := hostArg(portV)
		if n, err := strconv.Atoi(s); err == nil {
			port = n
		} else if n, ok := servicePort(s); ok {
			port = n
		} else {
			return runtime.Value{}, gaiError(th, eaiService)
		}
	default:
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "Int or String expected")
	}
	var addrs []ipAddr
	if hostV.IsNone() {
		passive := flags&aiPassive != 0
		v4, v6 := ipv4([4]byte{127, 0, 0, 1}), ipv6([16]byte{15: 1})
		if passive {
			v4, v6 = ipv4([4]byte{}), ipv6([16]byte{})
		}
		switch family {
		case unix.AF_INET:
			addrs = []ipAddr{v4}
		case unix.AF_INET6:
			addrs = []ipAddr{v6}
		default:
			addrs = []ipAddr{v6, v4}
		}
	} else {
		host, err := hostArg(hostV)
		if err != nil {
			return runtime.Value{}, err
		}
		var code int
		if addrs, code = resolve(host, family, flags&aiNumericHost != 0); code != 0 {
			return runtime.Value{}, gaiError(th, code)
		}
	}
	kinds := []struct{ stype, proto int }{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}
	var out []runtime.Value
	for _, a := range addrs {
		for _, k := range kinds {
			if stype != 0 && k.stype != stype || proto != 0 && k.proto != proto {
				continue
			}
			fam := unix.AF_INET6
			var sa unix.Sockaddr = &unix.SockaddrInet6{Port: port, Addr: a.as16(), ZoneId: a.scope}
			if a.is4 {
				fam = unix.AF_INET
				sa = &unix.SockaddrInet4{Port: port, Addr: a.as4()}
			}
			out = append(out, runtime.NewTuple([]runtime.Value{runtime.Int(int64(fam)), runtime.Int(int64(k.stype)),
				runtime.Int(int64(k.proto)), runtime.NewStr(""), addrValue(sa)}))
		}
	}
	return runtime.NewList(out), nil
}

// gethostbyname is socket.gethostbyname(host): an IPv4 address.
func gethostbyname(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var hostV runtime.Value
	if err := runtime.UnpackArgs("gethostbyname", args, kwnames, "host", &hostV); err != nil {
		return runtime.Value{}, err
	}
	host, err := hostArg(hostV)
	if err != nil {
		return runtime.Value{}, err
	}
	if host == "" {
		return runtime.NewStr("0.0.0.0"), nil
	}
	addrs, code := resolve(host, unix.AF_INET, false)
	if code != 0 {
		return runtime.Value{}, gaiError(th, code)
	}
	return runtime.NewStr(addrs[0].String()), nil
}
