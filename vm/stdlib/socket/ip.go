package socket

import (
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// This file defines IP addresses and their text forms as the C library's
// inet_pton, inet_ntop and getaddrinfo read and write them, which is what
// CPython's socket module shows. It replaces net/netip, whose init makes
// unique handles (and so starts the unique package's machinery) at every
// start of kiln, socket module or not.

// ipAddr is an IPv4 or IPv6 address. An IPv4 address is kept in its
// IPv4-mapped form (::ffff:a.b.c.d) with is4 set; an IPv6 address in that
// form with is4 clear stays IPv6, as in the kernel's AF_INET6 sockets.
type ipAddr struct {
	b     [16]byte
	is4   bool
	scope uint32 // an IPv6 host's scope id ("fe80::1%eth0")
}

// v4InV6Prefix is the first 12 bytes of an IPv4-mapped address.
var v4InV6Prefix = [12]byte{10: 0xff, 11: 0xff}

func ipv4(a [4]byte) ipAddr {
	var ip ipAddr
	copy(ip.b[:], v4InV6Prefix[:])
	copy(ip.b[12:], a[:])
	ip.is4 = true
	return ip
}

func ipv6(a [16]byte) ipAddr { return ipAddr{b: a} }

// as4 is an IPv4 address's four bytes.
func (a ipAddr) as4() [4]byte { return [4]byte(a.b[12:]) }

// as16 is the address in sixteen bytes (an IPv4 address IPv4-mapped).
func (a ipAddr) as16() [16]byte { return a.b }

// bytes is the address as inet_pton packs it: 4 or 16 bytes.
func (a ipAddr) bytes() []byte {
	if a.is4 {
		return append([]byte(nil), a.b[12:]...)
	}
	return append([]byte(nil), a.b[:]...)
}

// isMapped reports whether a is an IPv6 address of the IPv4-mapped form.
func (a ipAddr) isMapped() bool { return !a.is4 && [12]byte(a.b[:12]) == v4InV6Prefix }

// unmap returns an IPv4-mapped IPv6 address as the IPv4 address.
func (a ipAddr) unmap() ipAddr {
	if a.isMapped() {
		a.is4 = true
	}
	return a
}

// String is inet_ntop's form of the address.
func (a ipAddr) String() string {
	if a.is4 {
		return formatIPv4(a.as4())
	}
	return formatIPv6(a.b)
}

// hostPort is "host:port", "[host]:port" for IPv6, as in trace logs.
func (a ipAddr) hostPort(port int) string {
	if a.is4 {
		return a.String() + ":" + strconv.Itoa(port)
	}
	return "[" + a.String() + "]:" + strconv.Itoa(port)
}

// formatIPv4 is the dotted decimal form.
func formatIPv4(b [4]byte) string {
	buf := make([]byte, 0, 15)
	for i, x := range b {
		if i > 0 {
			buf = append(buf, '.')
		}
		buf = strconv.AppendUint(buf, uint64(x), 10)
	}
	return string(buf)
}

// formatIPv6 is glibc's inet_ntop form: groups in lower-case hex without
// leading zeros, the longest run of two or more zero groups (the first of
// equal runs) as "::", and the last 32 bits in dotted form after 96 zero
// bits or 80 zero bits and ffff (IPv4-compatible and IPv4-mapped).
func formatIPv6(b [16]byte) string {
	var words [8]uint16
	for i := range words {
		words[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	bestBase, bestLen := -1, 0
	for i := 0; i < 8; {
		if words[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && words[j] == 0 {
			j++
		}
		if j-i > bestLen {
			bestBase, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		bestBase = -1
	}
	buf := make([]byte, 0, 46)
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				buf = append(buf, ':')
			}
			continue
		}
		if i > 0 {
			buf = append(buf, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && words[5] == 0xffff) {
			buf = append(buf, formatIPv4([4]byte(b[12:]))...)
			return string(buf)
		}
		buf = strconv.AppendUint(buf, uint64(words[i]), 16)
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		buf = append(buf, ':')
	}
	return string(buf)
}

// parseIPv4 parses the dotted form inet_pton accepts: four decimal numbers
// up to 255, without leading zeros.
func parseIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	n, digits := 0, 0
	val := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits > 0 && val == 0 {
				return out, false // a leading zero
			}
			if val = val*10 + int(c-'0'); val > 255 {
				return out, false
			}
			digits++
		case c == '.' && digits > 0 && n < 3:
			out[n] = byte(val)
			n, digits, val = n+1, 0, 0
		default:
			return out, false
		}
	}
	if n != 3 || digits == 0 {
		return out, false
	}
	out[3] = byte(val)
	return out, true
}

// parseIPv6 parses the text forms inet_pton accepts: eight groups of up to
// four hex digits, "::" once for one or more zero groups, and the last 32
// bits in dotted form.
func parseIPv6(s string) ([16]byte, bool) {
	var out [16]byte
	if s == "" {
		return out, false
	}
	if s[0] == ':' {
		if len(s) < 2 || s[1] != ':' {
			return out, false
		}
		s = s[1:]
	}
	n := 0       // bytes written
	gap := -1    // where "::" stands
	digits := 0  // hex digits of the group being read
	val := 0     // its value
	groupAt := 0 // where it starts in s
	for i := 0; i < len(s); i++ {
		c := s[i]
		if d := hexDigit(c); d >= 0 {
			if digits == 4 {
				return out, false
			}
			val = val<<4 | d
			digits++
			continue
		}
		switch {
		case c == ':':
			groupAt = i + 1
			if digits == 0 {
				if gap >= 0 {
					return out, false
				}
				gap = n
				continue
			}
			if i+1 == len(s) || n+2 > 16 {
				return out, false
			}
			out[n], out[n+1] = byte(val>>8), byte(val)
			n, digits, val = n+2, 0, 0
		case c == '.' && n+4 <= 16:
			v4, ok := parseIPv4(s[groupAt:])
			if !ok {
				return out, false
			}
			copy(out[n:], v4[:])
			n, digits = n+4, 0
			i = len(s)
		default:
			return out, false
		}
	}
	if digits > 0 {
		if n+2 > 16 {
			return out, false
		}
		out[n], out[n+1] = byte(val>>8), byte(val)
		n += 2
	}
	if gap >= 0 {
		if n == 16 {
			return out, false // "::" for no group at all
		}
		tail := n - gap
		copy(out[16-tail:], out[gap:n])
		clear(out[gap : 16-tail])
		n = 16
	}
	return out, n == 16
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseIP parses an address in inet_pton's forms, IPv6 if it has a colon.
func parseIP(s string) (ipAddr, bool) {
	if strings.IndexByte(s, ':') >= 0 {
		b, ok := parseIPv6(s)
		return ipv6(b), ok
	}
	b, ok := parseIPv4(s)
	return ipv4(b), ok
}

// parseNumericHost parses a numeric host as getaddrinfo does: IPv4 in
// inet_aton's forms (127.1, 0x7f.0.0.1, 2130706433) with nothing after
// them, or IPv6 in inet_pton's with an optional "%scope" (scopeID), which
// scopeOK reports the validity of.
func parseNumericHost(s string) (a ipAddr, scopeOK, ok bool) {
	if strings.IndexByte(s, ':') >= 0 {
		s, scope, hasScope := strings.Cut(s, "%")
		b, ok := parseIPv6(s)
		a, scopeOK = ipv6(b), true
		if ok && hasScope {
			a.scope, scopeOK = scopeID(b, scope)
		}
		return a, scopeOK, ok
	}
	if strings.ContainsAny(s, " \t\n") {
		return ipAddr{}, true, false
	}
	b, ok := parseInetAton(s)
	return ipv4(b), true, ok
}

// scopeID is glibc's __inet6_scopeid_pton: the index of the interface
// named scope for a link-local address (unicast, or multicast of node or
// link scope), otherwise (or if there is no such interface) scope as a
// decimal number.
func scopeID(addr [16]byte, scope string) (uint32, bool) {
	linkLocal := addr[0] == 0xfe && addr[1]&0xc0 == 0x80 || addr[0] == 0xff && (addr[1]&0xf == 1 || addr[1]&0xf == 2)
	if linkLocal {
		if index, ok := interfaceIndex(scope); ok {
			return index, true
		}
	}
	if scope == "" || scope[0] < '0' || scope[0] > '9' {
		return 0, false
	}
	n, err := strconv.ParseUint(scope, 10, 32)
	return uint32(n), err == nil
}

// interfaceIndex is if_nametoindex(name), which the C library asks the
// kernel for through a socket, as here.
func interfaceIndex(name string) (uint32, bool) {
	ifr, err := unix.NewIfreq(name)
	if err != nil {
		return 0, false
	}
	fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return 0, false
	}
	defer unix.Close(fd)
	if unix.IoctlIfreq(fd, unix.SIOCGIFINDEX, ifr) != nil {
		return 0, false
	}
	return ifr.Uint32(), true
}
