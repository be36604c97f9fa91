"""A mini regular-expression engine: parser to AST, Thompson NFA, simulation."""


class RegexError(Exception):
    pass


class Parser:
    """Grammar: alt := concat ('|' concat)*; concat := repeat*; repeat := atom ('*'|'+'|'?')*;
    atom := char | '.' | '(' alt ')' | '[' class ']' | '\\' char."""

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def parse(self):
        node = self.alt()
        if self.i != len(self.p):
            raise RegexError(f"unexpected {self.p[self.i]!r} at {self.i}")
        return node

    def alt(self):
        branches = [self.concat()]
        while self.peek() == "|":
            self.take()
            branches.append(self.concat())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def concat(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.repeat())
        return ("cat", items)

    def repeat(self):
        node = self.atom()
        while self.peek() in ("*", "+", "?"):
            node = (self.take(), node)
        return node

    def atom(self):
        c = self.take()
        if c == "(":
            node = self.alt()
            if self.peek() != ")":
                raise RegexError("missing )")
            self.take()
            return node
        if c == "[":
            negate = self.peek() == "^"
            if negate:
                self.take()
            chars = set()
            while self.peek() not in (None, "]"):
                a = self.take()
                if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                    self.take()
                    b = self.take()
                    chars.update(chr(x) for x in range(ord(a), ord(b) + 1))
                else:
                    chars.add(a)
            if self.peek() is None:
                raise RegexError("missing ]")
            self.take()
            return ("set", frozenset(chars), negate)
        if c == ".":
            return ("any",)
        if c == "\\":
            if self.peek() is None:
                raise RegexError("trailing backslash")
            e = self.take()
            classes = {"d": "0123456789", "w": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", "s": " \t\n"}
            if e in classes:
                return ("set", frozenset(classes[e]), False)
            return ("char", e)
        if c in "*+?":
            raise RegexError(f"nothing to repeat at {self.i - 1}")
        if c == ")":
            raise RegexError("unbalanced )")
        return ("char", c)


class NFA:
    def __init__(self):
        self.trans = []  # state -> list of (matcher or None for epsilon, target)

    def state(self):
        self.trans.append([])
        return len(self.trans) - 1

    def build(self, node):
        kind = node[0]
        if kind in ("char", "any", "set"):
            s, e = self.state(), self.state()
            self.trans[s].append((node, e))
            return s, e
        if kind == "cat":
            s = e = self.state()
            for item in node[1]:
                a, b = self.build(item)
                self.trans[e].append((None, a))
                e = b
            return s, e
        if kind == "alt":
            s, e = self.state(), self.state()
            for br in node[1]:
                a, b = self.build(br)
                self.trans[s].append((None, a))
                self.trans[b].append((None, e))
            return s, e
        a, b = self.build(node[1])
        s, e = self.state(), self.state()
        self.trans[s].append((None, a))
        self.trans[b].append((None, e))
        if kind in ("*", "?"):
            self.trans[s].append((None, e))
        if kind in ("*", "+"):
            self.trans[b].append((None, a))
        return s, e


def matches(node, ch):
    if node[0] == "char":
        return node[1] == ch
    if node[0] == "any":
        return ch != "\n"
    return (ch in node[1]) != node[2]


class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        self.ast = Parser(pattern).parse()
        self.nfa = NFA()
        self.start, self.accept = self.nfa.build(self.ast)

    def closure(self, states):
        stack, seen = list(states), set(states)
        while stack:
            s = stack.pop()
            for m, t in self.nfa.trans[s]:
                if m is None and t not in seen:
                    seen.add(t)
                    stack.append(t)
        return seen

    def step(self, states, ch):
        return self.closure({t for s in states for m, t in self.nfa.trans[s] if m is not None and matches(m, ch)})

    def fullmatch(self, text):
        cur = self.closure({self.start})
        for ch in text:
            cur = self.step(cur, ch)
            if not cur:
                return False
        return self.accept in cur

    def search(self, text):
        """Leftmost-longest match: returns (start, end) or None."""
        for i in range(len(text) + 1):
            cur = self.closure({self.start})
            best = i if self.accept in cur else None
            for j in range(i, len(text)):
                cur = self.step(cur, text[j])
                if not cur:
                    break
                if self.accept in cur:
                    best = j + 1
            if best is not None:
                return i, best
        return None

    def findall(self, text):
        out, i = [], 0
        while i <= len(text):
            m = self.search(text[i:])
            if m is None:
                break
            s, e = m[0] + i, m[1] + i
            out.append(text[s:e])
            i = e if e > s else e + 1
        return out


tests = [
    ("a*b", ["b", "aaab", "aba", ""]),
    ("(ab|cd)+", ["ab", "abcdab", "abc", ""]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("[a-c]+x?", ["abcabc", "abx", "abd", "x"]),
    ("[^0-9]*", ["hello", "h3llo", ""]),
    ("\\d+(\\.\\d+)?", ["42", "3.14", "3.", ".5"]),
    ("(a|b)*abb", ["abb", "aababb", "abab"]),
    ("h.t", ["hat", "hot", "ht", "h\nt"]),
]
for pat, inputs in tests:
    rx = Regex(pat)
    print(f"{pat:<16}", " ".join(f"{s!r}:{'Y' if rx.fullmatch(s) else 'n'}" for s in inputs))
print(Regex("\\d+").findall("a1b22c333 and 4444"))
print(Regex("[A-Z][a-z]+").findall("Alice met Bob and CAROL in Paris"))
print(Regex("\\w+@\\w+\\.com").search("mail me: joe@example.com now"))
print(Regex("x*").findall("axxb"))
print(len(Regex("(a|b)*abb").nfa.trans), "NFA states")
for bad in ["(ab", "a)", "*a", "[abc", "a\\", "a**|+"]:
    try:
        Regex(bad)
        print(f"{bad!r} compiled")
    except RegexError as e:
        print(f"{bad!r}: RegexError: {e}")
