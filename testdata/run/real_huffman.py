"""Huffman coding: build a code from text, encode to bits, pack to bytes, decode back."""


class Node:
    _order = 0

    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right
        Node._order += 1
        self.order = Node._order  # deterministic tie-breaker

    def is_leaf(self):
        return self.symbol is not None

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        top, last = a[0], a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                c = 2 * i + 1
                if c >= len(a):
                    break
                if c + 1 < len(a) and a[c + 1] < a[c]:
                    c += 1
                if not a[c] < a[i]:
                    break
                a[i], a[c] = a[c], a[i]
                i = c
        return top

    def __len__(self):
        return len(self.a)


def frequencies(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    return freq


def build_tree(freq):
    heap = MinHeap()
    for sym in sorted(freq):
        heap.push(Node(freq[sym], sym))
    if len(heap) == 1:
        only = heap.pop()
        return Node(only.weight, left=only)
    while len(heap) > 1:
        a, b = heap.pop(), heap.pop()
        heap.push(Node(a.weight + b.weight, left=a, right=b))
    return heap.pop()


def make_codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
        return table
    if node.left:
        make_codes(node.left, prefix + "0", table)
    if node.right:
        make_codes(node.right, prefix + "1", table)
    return table


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(format(b, "08b") for b in data)
    return bits[:len(bits) - padding] if padding else bits


def decode(bits, root):
    out = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


def report(text):
    freq = frequencies(text)
    root = build_tree(freq)
    codes = make_codes(root)
    bits = encode(text, codes)
    packed, padding = pack(bits)
    restored = decode(unpack(packed, padding), root)
    print(f"text: {text[:40]!r}{'...' if len(text) > 40 else ''}")
    print(f"  {len(text)} chars, {len(freq)} symbols, {len(bits)} bits -> {len(packed)} bytes "
          f"(pad {padding}), ratio {len(packed) / max(1, len(text.encode('utf-8'))):.3f}")
    for sym in sorted(codes, key=lambda s: (len(codes[s]), s)):
        print(f"    {sym!r:>6} x{freq[sym]:<3} {codes[sym]}")
    avg = sum(freq[s] * len(codes[s]) for s in freq) / len(text)
    print(f"  average code length {avg:.4f} bits; round trip ok: {restored == text}")
    prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
    print(f"  prefix-free: {prefix_free}; packed head: {packed[:6].hex()}")


report("abracadabra")
report("mississippi river")
report("aaaaaaa")
report("the quick brown fox jumps over the lazy dog; THE QUICK BROWN FOX! 0123456789")
report("ünïcödé ✓ ✓ ✓")
