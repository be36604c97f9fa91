package socket

import (
	"math/rand/v2"
	"net/netip"
	"os/exec"
	"strings"
	"testing"
)

// The text forms of IPv6 addresses, as CPython 3.12's inet_pton and
// inet_ntop (glibc's) read and print them; "" is refused.
var ipv6Cases = []struct{ in, out string }{
	{"::", "::"}, {"::1", "::1"}, {"1::", "1::"},
	{"::ffff:1.2.3.4", "::ffff:1.2.3.4"}, {"::1.2.3.4", "::1.2.3.4"},
	{"::ffff:0:1.2.3.4", "::ffff:0:102:304"}, {"::ffff:0.0.0.0", "::ffff:0.0.0.0"},
	{"::0.0.0.1", "::1"}, {"::0.1.0.0", "::0.1.0.0"}, {"::2", "::2"}, {"::ffff", "::ffff"},
	{"::fffe:1.2.3.4", "::fffe:102:304"}, {"0:0:0:0:0:1:102:304", "::1:102:304"},
	{"1:0:0:2:0:0:0:3", "1:0:0:2::3"}, {"1:0:0:0:2:0:0:3", "1::2:0:0:3"},
	{"1:0:0:2:0:0:3:4", "1::2:0:0:3:4"}, {"1:0:2:0:3:0:4:0", "1:0:2:0:3:0:4:0"},
	{"0:0:1:0:0:0:0:0", "0:0:1::"}, {"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"},
	{"::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"}, {"2001:0DB8:0000:0000:0000:FF00:0042:8329", "2001:db8::ff00:42:8329"},
	{"1:2:3:4:5::1.2.3.4", "1:2:3:4:5:0:102:304"}, {"1::ffff:1.2.3.4", "1::ffff:102:304"},
	{"0001:02:003::", "1:2:3::"},
	{"", ""}, {":", ""}, {":::", ""}, {"1:::2", ""}, {"1::2::3", ""}, {"::1:2:3:4:5:6:7:8", ""},
	{"1:2:3:4:5:6:7:8:9", ""}, {"1:2:3:4:5:6:7", ""}, {"12345::", ""}, {"1:2:3:4:5:6:7:8::", ""},
	{"::1.2.3", ""}, {"::01.2.3.4", ""}, {"::256.1.1.1", ""}, {"1.2.3.4", ""}, {"::1.2.3.4:5", ""},
	{"1:2:3:4:5:6:7:1.2.3.4", ""}, {":1::", ""}, {"1::2:", ""}, {"g::", ""}, {"::1%lo", ""},
	{" ::1", ""}, {"::1 ", ""}, {"::0x1", ""}, {"1::2.3.4.5.6", ""},
}

func TestIPv6Forms(t *testing.T) {
	for _, c := range ipv6Cases {
		b, ok := parseIPv6(c.in)
		got := ""
		if ok {
			got = formatIPv6(b)
		}
		if got != c.out {
			t.Errorf("inet_ntop(inet_pton(%q)) = %q, want %q", c.in, got, c.out)
		}
	}
}

func TestIPv4Forms(t *testing.T) {
	for in, ok := range map[string]bool{
		"0.0.0.0": true, "1.2.3.4": true, "255.255.255.255": true, "1.2.3.255": true,
		"00.1.2.3": false, "01.2.3.4": false, "1.2.3.04": false, "256.0.0.1": false, "1.2.3": false,
		"127.1": false, "1.2.3.4.5": false, "1..2.3": false, ".1.2.3": false, "1.2.3.": false,
		"0x1.2.3.4": false, "1.2.3.4 ": false, "": false, "::1": false,
	} {
		b, got := parseIPv4(in)
		if got != ok || ok && formatIPv4(b) != in {
			t.Errorf("parseIPv4(%q) = %v, %v", in, b, got)
		}
	}
}

// Apart from the IPv4-compatible form (::a.b.c.d), which glibc prints and
// net/netip does not, and netip's zones, both read and print addresses
// alike: random addresses with runs of zero groups.
func TestIPv6AgreesWithNetip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b [16]byte
		for i := 0; i < 16; i += 2 {
			if r.IntN(2) == 0 {
				b[i], b[i+1] = byte(r.IntN(256)), byte(r.IntN(3))
			}
		}
		if [12]byte(b[:12]) == [12]byte{} {
			continue
		}
		want := netip.AddrFrom16(b).String()
		if got := formatIPv6(b); got != want {
			t.Fatalf("formatIPv6(% x) = %q, netip %q", b, got, want)
		}
		if got, ok := parseIPv6(strings.ToUpper(want)); !ok || got != b {
			t.Fatalf("parseIPv6(%q) = % x, %v", want, got, ok)
		}
	}
}

// The socket module does not link net/netip, whose init makes unique
// handles at every start (ip.go).
func TestSocketLinksNoNetip(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "net/netip" || pkg == "unique" {
			t.Errorf("vm/stdlib/socket depends on %s", pkg)
		}
	}
}
