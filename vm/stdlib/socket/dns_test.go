package socket

import (
	"encoding/binary"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// fakeDNS is a name server on the loopback interface, over UDP and TCP on
// the same port, answering from records: a name maps to its addresses or,
// with "cname:" first, to the name it is an alias of. Names containing
// "big" are answered truncated over UDP, so that the client must ask
// again over TCP. asked records the questions, in order.
type fakeDNS struct {
	records map[string][]string
	asked   chan string
	addr    netip.AddrPort
}

func startFakeDNS(t *testing.T, records map[string][]string) *fakeDNS {
	t.Helper()
	udp, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback UDP:", err)
	}
	addr := netip.MustParseAddrPort(udp.LocalAddr().String())
	tcp, err := net.Listen("tcp4", addr.String())
	if err != nil {
		udp.Close()
		t.Skip("no loopback TCP on the same port:", err)
	}
	s := &fakeDNS{records: records, asked: make(chan string, 100), addr: addr}
	t.Cleanup(func() { udp.Close(); tcp.Close() })
	go func() {
		buf := make([]byte, 512)
		for {
			n, from, err := udp.ReadFrom(buf)
			if err != nil {
				return
			}
			udp.WriteTo(s.answer(buf[:n], true), from)
		}
	}()
	go func() {
		for {
			c, err := tcp.Accept()
			if err != nil {
				return
			}
			var n [2]byte
			if _, err := c.Read(n[:]); err == nil {
				msg := make([]byte, binary.BigEndian.Uint16(n[:]))
				if _, err := c.Read(msg); err == nil {
					reply := s.answer(msg, false)
					c.Write(append(binary.BigEndian.AppendUint16(nil, uint16(len(reply))), reply...))
				}
			}
			c.Close()
		}
	}()
	return s
}

// answer builds the reply to the query msg.
func (s *fakeDNS) answer(msg []byte, overUDP bool) []byte {
	end := skipName(msg, dnsHeaderLen)
	qname := msg[dnsHeaderLen:end]
	qtype := binary.BigEndian.Uint16(msg[end:])
	var labels []string
	for i := 0; qname[i] != 0; i += 1 + int(qname[i]) {
		labels = append(labels, string(qname[i+1:i+1+int(qname[i])]))
	}
	name := strings.Join(labels, ".")
	s.asked <- name
	reply := append([]byte(nil), msg[:end+4]...)
	binary.BigEndian.PutUint16(reply[2:], 0x8180) // a response, recursion available
	if overUDP && strings.Contains(name, "big") {
		binary.BigEndian.PutUint16(reply[2:], 0x8380)
		return reply
	}
	recs, ok := s.records[name]
	if !ok {
		binary.BigEndian.PutUint16(reply[2:], 0x8180|dnsNXDomain)
		return reply
	}
	count := 0
	for _, r := range recs {
		rr := []byte{0xc0, dnsHeaderLen} // the question's name
		if alias, ok := strings.CutPrefix(r, "cname:"); ok {
			target, _ := encodeName(alias + ".")
			rr = binary.BigEndian.AppendUint16(rr, 5)
			rr = binary.BigEndian.AppendUint16(rr, dnsClassIN)
			rr = binary.BigEndian.AppendUint32(rr, 60)
			rr = binary.BigEndian.AppendUint16(rr, uint16(len(target)))
			reply = append(append(reply, rr...), target...)
			count++
			for _, r2 := range s.records[alias] {
				a := netip.MustParseAddr(r2)
				if a.Is4() == (qtype == dnsTypeA) {
					reply = appendAddrRR(reply, []byte{0xc0, byte(dnsHeaderLen + len(qname) + 4 + 12)}, a)
					count++
				}
			}
			continue
		}
		if a := netip.MustParseAddr(r); a.Is4() == (qtype == dnsTypeA) {
			reply = appendAddrRR(reply, rr, a)
			count++
		}
	}
	binary.BigEndian.PutUint16(reply[6:], uint16(count))
	return reply
}

func appendAddrRR(reply, name []byte, a netip.Addr) []byte {
	rtype, data := uint16(dnsTypeAAAA), a.AsSlice()
	if a.Is4() {
		rtype = dnsTypeA
	}
	reply = append(reply, name...)
	reply = binary.BigEndian.AppendUint16(reply, rtype)
	reply = binary.BigEndian.AppendUint16(reply, dnsClassIN)
	reply = binary.BigEndian.AppendUint32(reply, 60)
	reply = binary.BigEndian.AppendUint16(reply, uint16(len(data)))
	return append(reply, data...)
}

func (s *fakeDNS) drainAsked() []string {
	var out []string
	for {
		select {
		case n := <-s.asked:
			out = append(out, n)
		default:
			return out
		}
	}
}

// TestLookupDNS checks the stub resolver against a server on the loopback
// interface: A and AAAA records, CNAME chains, the search list and ndots,
// NXDOMAIN, and the retry over TCP of a truncated reply.
func TestLookupDNS(t *testing.T) {
	s := startFakeDNS(t, map[string][]string{
		"db.corp.example":   {"10.0.0.7"},
		"www.example.com":   {"cname:edge.example.net"},
		"edge.example.net":  {"192.0.2.1", "192.0.2.2", "2001:db8::1"},
		"big.example.com":   {"192.0.2.9", "192.0.2.10"},
		"dual.example.com":  {"192.0.2.5", "::1"},
		"only6.example.com": {"2001:db8::6"},
	})
	conf := dnsConfig{servers: []ipAddr{ipv4(s.addr.Addr().As4())}, port: int(s.addr.Port()), search: []string{"corp.example"}, ndots: 1, timeout: 2 * time.Second, attempts: 1}
	for _, c := range []struct {
		host   string
		family int
		want   string
		asked  string
	}{
		{"db", unix.AF_INET, "10.0.0.7", "db.corp.example"},
		{"www.example.com", unix.AF_INET, "192.0.2.1 192.0.2.2", "www.example.com"},
		{"www.example.com", unix.AF_INET6, "2001:db8::1", "www.example.com"},
		{"big.example.com", unix.AF_INET, "192.0.2.9 192.0.2.10", "big.example.com big.example.com"},
		// ::1 is reachable everywhere; IPv6 comes first.
		{"dual.example.com", unix.AF_UNSPEC, "::1 192.0.2.5", "dual.example.com dual.example.com"},
		{"only6.example.com", unix.AF_INET, "", "only6.example.com only6.example.com.corp.example"},
		{"nothere", unix.AF_INET, "", "nothere.corp.example nothere"},
		{"nothere.", unix.AF_INET, "", "nothere"},
	} {
		s.drainAsked()
		var got []string
		for _, a := range conf.lookup(c.host, c.family) {
			got = append(got, a.String())
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("lookup(%q, %d) = %q, want %q", c.host, c.family, g, c.want)
		}
		if asked := strings.Join(s.drainAsked(), " "); asked != c.asked {
			t.Errorf("lookup(%q, %d) asked %q, want %q", c.host, c.family, asked, c.asked)
		}
	}
}

// TestLookupDNSNoServer checks that a server that does not answer makes
// the look-up fail within the configured timeout.
func TestLookupDNSNoServer(t *testing.T) {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0") // bound, never answering
	if err != nil {
		t.Skip(err)
	}
	defer pc.Close()
	silent := netip.MustParseAddrPort(pc.LocalAddr().String())
	conf := dnsConfig{servers: []ipAddr{ipv4(silent.Addr().As4())}, port: int(silent.Port()), ndots: 1, timeout: 100 * time.Millisecond, attempts: 2}
	start := time.Now()
	if got := conf.lookup("example.com", unix.AF_UNSPEC); got != nil {
		t.Errorf("got %v from a silent server", got)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestReadResolvConf(t *testing.T) {
	path := filepath.Join(t.TempDir(), "resolv.conf")
	os.WriteFile(path, []byte("# comment\nnameserver 192.0.2.53\nnameserver 2001:db8::53\nnameserver bogus\ndomain old.example\nsearch a.example b.example.\noptions ndots:2 timeout:3 attempts:4 rotate\n"), 0o644)
	c := readResolvConf(path)
	want := []ipAddr{ipv4([4]byte{192, 0, 2, 53}), ipv6([16]byte{0x20, 0x01, 0x0d, 0xb8, 15: 0x53})}
	if !slices.Equal(c.servers, want) || !slices.Equal(c.search, []string{"a.example", "b.example"}) ||
		c.ndots != 2 || c.timeout != 3*time.Second || c.attempts != 4 {
		t.Errorf("got %+v", c)
	}
	if got := c.candidates("x.y"); !slices.Equal(got, []string{"x.y.a.example.", "x.y.b.example.", "x.y."}) {
		t.Errorf("candidates(x.y) = %q", got)
	}
	if got := c.candidates("x.y.z"); !slices.Equal(got, []string{"x.y.z.", "x.y.z.a.example.", "x.y.z.b.example."}) {
		t.Errorf("candidates(x.y.z) = %q", got)
	}
	c = readResolvConf(filepath.Join(t.TempDir(), "missing"))
	if len(c.servers) != 2 || c.ndots != 1 || c.attempts != 2 {
		t.Errorf("defaults: got %+v", c)
	}
}
