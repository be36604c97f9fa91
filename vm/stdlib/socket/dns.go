package socket

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// This file is a DNS stub resolver over raw sockets, used by resolve for
// names /etc/hosts does not know. It replaces package net's resolver:
// linking net (whose resolver has cgo files) made kiln a dynamically
// linked executable, and the dynamic loader and libc's start-up cost every
// program about 2 ms on a machine where page faults are dear
// (docs/performance.md, "Start-up time"). It asks what the C library's
// resolver asks: the A and AAAA records of each candidate name that
// /etc/resolv.conf's search list and ndots make, from each name server in
// turn, over UDP and over TCP when a reply is truncated.

// dnsConfig is what /etc/resolv.conf says, with the C library's defaults.
type dnsConfig struct {
	servers  []ipAddr
	port     int      // the servers' port: 0 for DNS's (tests set another)
	search   []string // domains, without the trailing dot
	ndots    int
	timeout  time.Duration
	attempts int
}

// resolvConfPath is read for every look-up, as the C library rereads it
// when it changes; a variable so that tests can point it elsewhere.
var resolvConfPath = "/etc/resolv.conf"

// readResolvConf parses the resolver configuration at path. A missing or
// unreadable file gives the defaults: the local name server, the search
// domain from the host name.
func readResolvConf(path string) dnsConfig {
	conf := dnsConfig{ndots: 1, timeout: 5 * time.Second, attempts: 2}
	searchSet := false
	if f, err := os.Open(path); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) == 0 || fields[0][0] == '#' || fields[0][0] == ';' {
				continue
			}
			switch fields[0] {
			case "nameserver":
				if len(fields) > 1 {
					if a, ok := parseIP(fields[1]); ok {
						conf.servers = append(conf.servers, a.unmap())
					}
				}
			case "domain", "search":
				// The last of the two wins, as in the C library.
				conf.search, searchSet = nil, true
				for _, d := range fields[1:] {
					if d = strings.TrimSuffix(d, "."); d != "" {
						conf.search = append(conf.search, d)
					}
				}
				if fields[0] == "domain" && len(conf.search) > 1 {
					conf.search = conf.search[:1]
				}
			case "options":
				for _, opt := range fields[1:] {
					name, val, _ := strings.Cut(opt, ":")
					n, err := strconv.Atoi(val)
					if err != nil || n < 0 {
						continue
					}
					switch name {
					case "ndots":
						conf.ndots = min(n, 15)
					case "timeout":
						conf.timeout = time.Duration(max(n, 1)) * time.Second
					case "attempts":
						conf.attempts = min(max(n, 1), 5)
					}
				}
			}
		}
		f.Close()
	}
	if len(conf.servers) == 0 {
		conf.servers = []ipAddr{ipv4([4]byte{127, 0, 0, 1}), ipv6([16]byte{15: 1})}
	}
	if !searchSet {
		if h, err := os.Hostname(); err == nil {
			if _, domain, ok := strings.Cut(h, "."); ok && domain != "" {
				conf.search = []string{domain}
			}
		}
	}
	return conf
}

// candidates returns the names to ask for host, in the C library's order:
// a name with at least ndots dots is tried as it is first, then with each
// search domain; a name ending in a dot only as it is.
func (c *dnsConfig) candidates(host string) []string {
	if strings.HasSuffix(host, ".") {
		return []string{host}
	}
	var names []string
	for _, d := range c.search {
		names = append(names, host+"."+d+".")
	}
	if strings.Count(host, ".") >= c.ndots {
		return append([]string{host + "."}, names...)
	}
	return append(names, host+".")
}

// DNS's port, record types and response codes.
const (
	dnsPort      = 53
	dnsTypeA     = 1
	dnsTypeAAAA  = 28
	dnsClassIN   = 1
	dnsNXDomain  = 3
	dnsHeaderLen = 12
)

// errDNSServer means the server gave no usable answer (it failed, timed
// out or sent something malformed): the next server is asked.
var errDNSServer = errors.New("dns: no usable answer")

// lookupDNS returns the addresses DNS has for host (A records for AF_INET,
// AAAA for AF_INET6, both for AF_UNSPEC), IPv6 first as the C library
// orders them where IPv6 is reachable, or nil.
func lookupDNS(host string, family int) []ipAddr {
	if len(host) > 253 || strings.Contains(host, "..") || strings.HasPrefix(host, ".") {
		return nil
	}
	conf := readResolvConf(resolvConfPath)
	return conf.lookup(host, family)
}

// lookup is lookupDNS with the configuration c.
func (c *dnsConfig) lookup(host string, family int) []ipAddr {
	var qtypes []uint16
	if family != unix.AF_INET {
		qtypes = append(qtypes, dnsTypeAAAA)
	}
	if family != unix.AF_INET6 {
		qtypes = append(qtypes, dnsTypeA)
	}
	for _, name := range c.candidates(host) {
		q, ok := encodeName(name)
		if !ok {
			continue
		}
		// No such name, no such records, or no server answering: the
		// next candidate, as the C library goes on.
		if addrs, err := c.ask(q, qtypes); err == nil && len(addrs) > 0 {
			return orderAddrs(addrs)
		}
	}
	return nil
}

// ask sends the queries for qname (in wire form) to each server in turn,
// for conf.attempts rounds, until one answers them all; a name that does
// not exist answers with no addresses.
func (c *dnsConfig) ask(qname []byte, qtypes []uint16) ([]ipAddr, error) {
	for range c.attempts {
		for _, server := range c.servers {
			addrs, err := exchange(server, cmp.Or(c.port, dnsPort), qname, qtypes, c.timeout)
			if err == nil {
				return addrs, nil
			}
		}
	}
	return nil, errDNSServer
}

// encodeName returns name (ending in a dot) as DNS labels.
func encodeName(name string) ([]byte, bool) {
	var out []byte
	for label := range strings.SplitSeq(strings.TrimSuffix(name, "."), ".") {
		if label == "" || len(label) > 63 {
			return nil, false
		}
		out = append(out, byte(len(label)))
		out = append(out, label...)
	}
	return append(out, 0), true
}

// query returns a DNS query message: a recursive question for qname and
// qtype with the given id.
func query(id uint16, qname []byte, qtype uint16) []byte {
	msg := make([]byte, dnsHeaderLen, dnsHeaderLen+len(qname)+4)
	binary.BigEndian.PutUint16(msg[0:], id)
	binary.BigEndian.PutUint16(msg[2:], 0x0100) // RD: recursion desired
	binary.BigEndian.PutUint16(msg[4:], 1)      // one question
	msg = append(msg, qname...)
	msg = binary.BigEndian.AppendUint16(msg, qtype)
	return binary.BigEndian.AppendUint16(msg, dnsClassIN)
}

// exchange asks server the questions for qname, one per qtype, over UDP
// (in parallel on one socket, as the C library does) and over TCP for those
// whose UDP reply was truncated.
func exchange(server ipAddr, port int, qname []byte, qtypes []uint16, timeout time.Duration) ([]ipAddr, error) {
	deadline := time.Now().Add(timeout)
	// Unpredictable ids (math/rand/v2's generator is seeded from the
	// kernel), so that an off-path reply is not taken for the answer.
	ids := make([]uint16, len(qtypes))
	for i := range ids {
		ids[i] = uint16(rand.Uint32())
		for i > 0 && ids[i] == ids[0] {
			ids[i] = uint16(rand.Uint32())
		}
	}
	fd, err := dialDNS(server, port, unix.SOCK_DGRAM, deadline)
	if err != nil {
		return nil, errDNSServer
	}
	defer unix.Close(fd)
	for i, qt := range qtypes {
		if _, err := unix.Write(fd, query(ids[i], qname, qt)); err != nil {
			return nil, errDNSServer
		}
	}
	var addrs []ipAddr
	answered := make([]bool, len(qtypes))
	buf := make([]byte, 1232)
	for left := len(qtypes); left > 0; {
		if !waitFD(fd, unix.POLLIN, deadline) {
			return nil, errDNSServer
		}
		n, err := unix.Read(fd, buf)
		if err == unix.EAGAIN || err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errDNSServer
		}
		for i := range qtypes {
			if answered[i] || n < 2 || binary.BigEndian.Uint16(buf) != ids[i] {
				continue
			}
			got, truncated, err := parseReply(buf[:n], ids[i], qname, qtypes[i])
			if truncated {
				got, err = exchangeTCP(server, port, query(ids[i], qname, qtypes[i]), ids[i], qname, qtypes[i], deadline)
			}
			if err != nil {
				return nil, err
			}
			addrs = append(addrs, got...)
			answered[i] = true
			left--
		}
	}
	return addrs, nil
}

// exchangeTCP asks one question over TCP: the message and the reply each
// follow their length in two bytes.
func exchangeTCP(server ipAddr, port int, msg []byte, id uint16, qname []byte, qtype uint16, deadline time.Time) ([]ipAddr, error) {
	fd, err := dialDNS(server, port, unix.SOCK_STREAM, deadline)
	if err != nil {
		return nil, errDNSServer
	}
	defer unix.Close(fd)
	out := binary.BigEndian.AppendUint16(nil, uint16(len(msg)))
	out = append(out, msg...)
	for len(out) > 0 {
		if !waitFD(fd, unix.POLLOUT, deadline) {
			return nil, errDNSServer
		}
		n, err := unix.Write(fd, out)
		if err != nil && err != unix.EAGAIN && err != unix.EINTR {
			return nil, errDNSServer
		}
		out = out[max(n, 0):]
	}
	var reply []byte
	buf := make([]byte, 4096)
	for len(reply) < 2 || len(reply) < 2+int(binary.BigEndian.Uint16(reply)) {
		if !waitFD(fd, unix.POLLIN, deadline) {
			return nil, errDNSServer
		}
		n, err := unix.Read(fd, buf)
		if err == unix.EAGAIN || err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return nil, errDNSServer
		}
		reply = append(reply, buf[:n]...)
	}
	addrs, _, err := parseReply(reply[2:2+int(binary.BigEndian.Uint16(reply))], id, qname, qtype)
	return addrs, err
}

// dialDNS opens a non-blocking socket of stype connected to server's port.
func dialDNS(server ipAddr, port, stype int, deadline time.Time) (int, error) {
	family := unix.AF_INET6
	var sa unix.Sockaddr = &unix.SockaddrInet6{Port: port, Addr: server.as16()}
	if server.is4 {
		family = unix.AF_INET
		sa = &unix.SockaddrInet4{Port: port, Addr: server.as4()}
	}
	fd, err := unix.Socket(family, stype|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	err = unix.Connect(fd, sa)
	if err == unix.EINPROGRESS {
		if !waitFD(fd, unix.POLLOUT, deadline) {
			unix.Close(fd)
			return -1, unix.ETIMEDOUT
		}
		var errno int
		errno, err = unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err == nil && errno != 0 {
			err = unix.Errno(errno)
		}
	}
	if err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// waitFD waits until fd is ready for events, reporting false when the
// deadline passes first.
func waitFD(fd int, events int16, deadline time.Time) bool {
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return false
		}
		pfd := []unix.PollFd{{Fd: int32(fd), Events: events}}
		n, err := unix.Poll(pfd, int(left/time.Millisecond)+1)
		if err == unix.EINTR {
			continue
		}
		return err == nil && n > 0
	}
}

// parseReply returns the addresses of qtype in reply, the answer to query
// id about qname. A reply that does not exist (NXDOMAIN) or has no such
// records answers with none; a server failure or a malformed reply is
// errDNSServer, and truncated reports that the answer must be asked for
// over TCP.
func parseReply(reply []byte, id uint16, qname []byte, qtype uint16) (addrs []ipAddr, truncated bool, err error) {
	if len(reply) < dnsHeaderLen || binary.BigEndian.Uint16(reply) != id {
		return nil, false, errDNSServer
	}
	flags := binary.BigEndian.Uint16(reply[2:])
	if flags&0x8000 == 0 { // not a response
		return nil, false, errDNSServer
	}
	if flags&0x0200 != 0 {
		return nil, true, nil
	}
	switch flags & 0xf {
	case 0:
	case dnsNXDomain:
		return nil, false, nil
	default:
		return nil, false, errDNSServer
	}
	qdcount := binary.BigEndian.Uint16(reply[4:])
	ancount := binary.BigEndian.Uint16(reply[6:])
	// The question must be ours, so that a stray reply is not taken.
	q := reply[dnsHeaderLen:]
	if qdcount != 1 || len(q) < len(qname)+4 || !strings.EqualFold(string(q[:len(qname)]), string(qname)) ||
		binary.BigEndian.Uint16(q[len(qname):]) != qtype {
		return nil, false, errDNSServer
	}
	off := dnsHeaderLen + len(qname) + 4
	// The answers are the CNAME chain from qname and the records at its
	// end; only the address records are wanted.
	for range ancount {
		if off = skipName(reply, off); off < 0 || off+10 > len(reply) {
			return nil, false, errDNSServer
		}
		rtype := binary.BigEndian.Uint16(reply[off:])
		class := binary.BigEndian.Uint16(reply[off+2:])
		rdlen := int(binary.BigEndian.Uint16(reply[off+8:]))
		off += 10
		if off+rdlen > len(reply) {
			return nil, false, errDNSServer
		}
		rdata := reply[off : off+rdlen]
		off += rdlen
		if class != dnsClassIN || rtype != qtype {
			continue
		}
		switch {
		case rtype == dnsTypeA && rdlen == 4:
			addrs = append(addrs, ipv4([4]byte(rdata)))
		case rtype == dnsTypeAAAA && rdlen == 16:
			addrs = append(addrs, ipv6([16]byte(rdata)).unmap())
		}
	}
	return addrs, false, nil
}

// skipName returns the offset just past the (possibly compressed) name at
// off in msg, or -1 if it is malformed.
func skipName(msg []byte, off int) int {
	for off < len(msg) {
		n := int(msg[off])
		switch {
		case n == 0:
			return off + 1
		case n&0xc0 == 0xc0:
			if off+2 > len(msg) {
				return -1
			}
			return off + 2
		case n&0xc0 != 0:
			return -1
		}
		off += 1 + n
	}
	return -1
}

// orderAddrs puts the addresses this host can reach before those it
// cannot, IPv6 before IPv4 among each (RFC 6724's rules 1 and 6, which are
// what decide for the addresses of one name on most hosts). Whether an
// address is reachable is whether the kernel has a route to it: connecting
// a UDP socket sends nothing.
func orderAddrs(addrs []ipAddr) []ipAddr {
	if len(addrs) < 2 {
		return addrs
	}
	rank := func(a ipAddr) int {
		r := 0
		if !reachable(a) {
			r += 2
		}
		if a.is4 {
			r++
		}
		return r
	}
	var out []ipAddr
	ranks := make([]int, len(addrs))
	for i, a := range addrs {
		ranks[i] = rank(a)
	}
	for r := range 4 {
		for i, a := range addrs {
			if ranks[i] == r {
				out = append(out, a)
			}
		}
	}
	return out
}

// reachable reports whether the kernel has a route to a.
func reachable(a ipAddr) bool {
	fd, err := dialDNS(a, dnsPort, unix.SOCK_DGRAM, time.Now().Add(time.Second))
	if err != nil {
		return false
	}
	unix.Close(fd)
	return true
}
