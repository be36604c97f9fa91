# IPv4 and IPv6 addresses in their text forms, as CPython's socket module
# (the C library's inet_pton, inet_ntop and getaddrinfo) parses and prints
# them: "::" compression of the longest run of zero groups (the first of
# equal runs, never a single group), IPv4-mapped and IPv4-compatible forms,
# and the strings inet_pton refuses.
import socket

def pton(family, text):
    try:
        return socket.inet_pton(family, text)
    except OSError as e:
        return "%s: %s" % (type(e).__name__, e)

V6 = [
    "::", "::1", "1::", "::ffff:1.2.3.4", "::1.2.3.4", "::ffff:0:1.2.3.4",
    "::ffff:0.0.0.0", "::0.0.0.1", "::0.1.0.0", "::2", "::ffff", "::fffe:1.2.3.4",
    "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", "1:0:0:2:0:0:3:4", "1:0:2:0:3:0:4:0",
    "0:0:1:0:0:0:0:0", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
    "1:2:3:4:5:6::8", "2001:db8::ff00:42:8329", "2001:0DB8:0000:0000:0000:FF00:0042:8329",
    "fe80::1", "FE80::ABCD:EF01", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5::1.2.3.4",
    "::ffff:255.255.255.255", "0:0:0:0:0:ffff:102:304", "0:0:0:0:0:0:102:304",
    "0:0:0:0:0:1:102:304", "1::ffff:1.2.3.4", "64:ff9b::1.2.3.4", "0001:02:003::",
    # refused
    "", ":", ":::", "1:::2", "1::2::3", "::1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7", "12345::", "1:2:3:4:5:6:7:8::", "::1.2.3", "::1.2.3.4.5",
    "::01.2.3.4", "::256.1.1.1", "1.2.3.4", "::1.2.3.4:5", "1:2:3:4:5:6:7:1.2.3.4",
    ":1::", "1::2:", "g::", "::1%lo", "fe80::1%1", " ::1", "::1 ", "::ffff:1.2.3.4 ",
    "1:2:3:4:5:6:7:8:", "::0x1", "1::2.3.4.5.6",
]
V4 = [
    "0.0.0.0", "1.2.3.4", "255.255.255.255", "10.0.0.1", "00.1.2.3", "01.2.3.4",
    "1.2.3.04", "0.0.0.00", "256.0.0.1", "1.2.3", "127.1", "1.2.3.4.5", "1..2.3",
    ".1.2.3", "1.2.3.", "0x1.2.3.4", "1.2.3.4 ", " 1.2.3.4", "", "a.b.c.d",
    "1.2.3.255", "1.2.3.256", "999.1.1.1", "::1", "1,2,3,4",
]

for kind, family, width, texts in [("v6", socket.AF_INET6, 40, V6), ("v4", socket.AF_INET, 20, V4)]:
    for text in texts:
        b = pton(family, text)
        shown = "%s %s" % (b.hex(), socket.inet_ntop(family, b)) if isinstance(b, bytes) else b
        print("%s %-*r %s" % (kind, width, text, shown))

# Every placement of one run of zero groups among non-zero ones, and of two
# runs, printed by inet_ntop.
seen = set()
for mask in range(256):
    words = [0 if mask >> i & 1 else 0x100 * i + 0xa for i in range(8)]
    b = b"".join(w.to_bytes(2, "big") for w in words)
    text = socket.inet_ntop(socket.AF_INET6, b)
    assert socket.inet_pton(socket.AF_INET6, text) == b, text
    seen.add(text)
print(len(seen), sorted(seen)[:12])
print(" ".join(sorted(t for t in seen if t.count(":") < 5)))
# The IPv4 forms: the last 32 bits with every prefix the C library prints
# in dotted form, and near misses.
for prefix in [b"\x00" * 10 + b"\xff\xff", b"\x00" * 12, b"\x00" * 10 + b"\x00\x01",
               b"\x00" * 10 + b"\xff\xfe", b"\x00" * 11 + b"\x01", b"\x00\x01" + b"\x00" * 10]:
    for tail in [b"\x00\x00\x00\x00", b"\x00\x00\x00\x01", b"\x00\x00\x00\x02", b"\x01\x02\x03\x04",
                 b"\x00\x01\x00\x00", b"\xff\xff\xff\xff", b"\x00\x00\x01\x00"]:
        print(prefix.hex(), tail.hex(), socket.inet_ntop(socket.AF_INET6, prefix + tail))

# Numeric hosts: getaddrinfo reads IPv4 as inet_aton does (with nothing
# after it) and IPv6 as inet_pton, gives the printed form back, and refuses
# a family that does not match, except that an IPv4-mapped address asked
# for as AF_INET is the IPv4 one.
for host, family in [("::ffff:1.2.3.4", 0), ("::FFFF:1.2.3.4", socket.AF_INET6),
                     ("::ffff:1.2.3.4", socket.AF_INET), ("::ffff:127.1", 0),
                     ("0:0:0:0:0:0:0:1", 0), ("2001:DB8:0:0:1:0:0:1", 0),
                     ("10.1.2.3", socket.AF_INET), ("10.1.2.3", socket.AF_INET6),
                     ("::1", socket.AF_INET), ("::1.2.3.4", socket.AF_INET6),
                     ("127.1", 0), ("127.1", socket.AF_INET6), ("0x7f.1", 0), ("01.2.3.4", 0),
                     ("4294967295", 0), ("1.2.3.4 x", 0), ("1.2.3.4.", 0)]:
    try:
        print(repr(host), [ai[4] for ai in socket.getaddrinfo(host, 7, family, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)])
    except socket.gaierror as e:
        print(repr(host), "gaierror", e.errno)
# A scope: an interface's name (lo is interface 1) for a link-local
# address, or a number for any; checked after the family.
for host in ["fe80::1%lo", "fe80::1%1", "fe80::1%4294967295", "fe80::1%4294967296",
             "fe80::1%nosuchif", "fe80::1%", "::1%lo", "::1%7", "::1%7x", "ff02::1%lo",
             "ff05::1%lo", "fe80::1%lo%lo", "1.2.3.4%1"]:
    for family in (0, socket.AF_INET, socket.AF_INET6):
        try:
            print(repr(host), family, [ai[4] for ai in socket.getaddrinfo(host, 7, family, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)])
        except socket.gaierror as e:
            print(repr(host), family, "gaierror", e.errno)
for host in ["10.20.30.40", "127.1", "0x7f.1", "::ffff:1.2.3.4", "4294967295", "::1"]:
    try:
        print(host, socket.gethostbyname(host))
    except socket.gaierror as e:
        print(host, "gaierror", e.errno)

# inet_aton's numbers are C's: 0x hex, 0 octal, decimal; nothing else.
for text in ["0b1.0.0.1", "1_0.0.0.1", "0o7.0.0.1", "0x.0.0.1", "0X1f.0.0.1", "08.0.0.1",
             "0xffffffff", "037777777777", "1.2.3.4\t", "1.2.3.4\nx", "1.2.3.4\rx", "+1.2.3.4"]:
    try:
        print(repr(text), socket.inet_aton(text).hex())
    except OSError as e:
        print(repr(text), e)
