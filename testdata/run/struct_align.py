import struct

for fmt in ["c", "ci", "ic", "cq", "qc", "ci0q", "hb", "bh", "bhi", "b3h", "cd", "cf", "ce",
            "c?", "cP", "cn", "2c2i", "5sq", "3pi", "xi", "ix", "i0i", "c0l", "l", "L",
            "<ci", "=ci", ">cq", "!bhi", "<l", "<L", "=q", "", "@", "<", "10x", "0q"]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("ci", b"a", 1).hex(), struct.pack("<ci", b"a", 1).hex())
print(struct.pack("bq", 1, 2).hex())
print(struct.unpack("bq", bytes(range(16))))
print(struct.pack("@hi0q", 1, 2).hex())
