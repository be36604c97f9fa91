# tokenizer: a hand-written tokenizer and expression evaluator over
# generated arithmetic source: string scanning, small objects, dispatch.
import sys


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*/()=;":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise ValueError("bad character %r" % c)
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos].text
        return None

    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def statement(self):
        name = self.take().text
        self.take()  # =
        value = self.expr()
        self.take()  # ;
        self.env[name] = value

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            if self.take().text == "+":
                v = (v + self.term()) % 1000003
            else:
                v = (v - self.term()) % 1000003
        return v

    def term(self):
        v = self.atom()
        while self.peek() in ("*", "/"):
            if self.take().text == "*":
                v = (v * self.atom()) % 1000003
            else:
                v = v // (self.atom() or 1)
        return v

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return int(t.text)
        if t.kind == "name":
            return self.env.get(t.text, 1)
        v = self.expr()
        self.take()  # )
        return v


def generate(n):
    lines = []
    for i in range(n):
        a, b = "v%d" % (i % 50), "v%d" % ((i * 7) % 50)
        lines.append("%s = (%s + %d) * %s - %d / (%s + 1);" % ("v%d" % (i % 50), a, i, b, i % 13, b))
    return " ".join(lines)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
src = generate(n)
tokens = tokenize(src)
env = {}
p = Parser(tokens, env)
while p.pos < len(tokens):
    p.statement()
print(len(tokens), sum(env.values()) % 1000003)
