"""A hand-written tokenizer and Pratt parser for arithmetic with variables."""

KEYWORDS = {"let", "print"}
SINGLE = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "%": "PERCENT",
          "(": "LPAREN", ")": "RPAREN", "=": "ASSIGN", ";": "SEMI", "^": "CARET", ",": "COMMA"}


class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.pos}"


class LexError(Exception):
    pass


class ParseError(Exception):
    pass


def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                seen_dot = seen_dot or src[i] == "."
                i += 1
            text = src[start:i]
            out.append(Token("NUMBER", text, start))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            out.append(Token(word.upper() if word in KEYWORDS else "NAME", word, start))
        elif c in SINGLE:
            out.append(Token(SINGLE[c], c, i))
            i += 1
        else:
            raise LexError(f"unexpected character {c!r} at {i}")
    out.append(Token("EOF", "", len(src)))
    return out


class Parser:
    BINARY = {"PLUS": (10, "left"), "MINUS": (10, "left"), "STAR": (20, "left"),
              "SLASH": (20, "left"), "PERCENT": (20, "left"), "CARET": (30, "right")}

    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def advance(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind):
        t = self.advance()
        if t.kind != kind:
            raise ParseError(f"expected {kind}, got {t.kind} {t.text!r} at {t.pos}")
        return t

    def program(self):
        stmts = []
        while self.peek().kind != "EOF":
            stmts.append(self.statement())
            if self.peek().kind == "SEMI":
                self.advance()
        return stmts

    def statement(self):
        t = self.peek()
        if t.kind == "LET":
            self.advance()
            name = self.expect("NAME").text
            self.expect("ASSIGN")
            return ("let", name, self.expr(0))
        if t.kind == "PRINT":
            self.advance()
            args = [self.expr(0)]
            while self.peek().kind == "COMMA":
                self.advance()
                args.append(self.expr(0))
            return ("print", args)
        return ("expr", self.expr(0))

    def expr(self, min_bp):
        left = self.prefix()
        while True:
            t = self.peek()
            if t.kind not in self.BINARY:
                break
            bp, assoc = self.BINARY[t.kind]
            if bp <= min_bp:
                break
            self.advance()
            right = self.expr(bp if assoc == "left" else bp - 1)
            left = ("bin", t.text, left, right)
        return left

    def prefix(self):
        t = self.advance()
        if t.kind == "NUMBER":
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "NAME":
            if self.peek().kind == "LPAREN":
                self.advance()
                args = []
                if self.peek().kind != "RPAREN":
                    args.append(self.expr(0))
                    while self.peek().kind == "COMMA":
                        self.advance()
                        args.append(self.expr(0))
                self.expect("RPAREN")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.kind == "MINUS":
            return ("neg", self.expr(25))
        if t.kind == "LPAREN":
            e = self.expr(0)
            self.expect("RPAREN")
            return e
        raise ParseError(f"unexpected {t.kind} {t.text!r} at {t.pos}")


FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]!r}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    op, a, b = node[1], evaluate(node[2], env), evaluate(node[3], env)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "%":
        return a % b
    return a ** b


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return f"({show(node[2])} {node[1]} {show(node[3])})"


def run(src):
    env = {}
    try:
        stmts = Parser(tokenize(src)).program()
    except (LexError, ParseError) as e:
        print(f"{type(e).__name__}: {e}")
        return
    for st in stmts:
        try:
            if st[0] == "let":
                env[st[1]] = evaluate(st[2], env)
                print(f"{st[1]} = {env[st[1]]!r}   # {show(st[2])}")
            elif st[0] == "print":
                print(*(evaluate(a, env) for a in st[1]))
            else:
                print(show(st[1]), "=>", evaluate(st[1], env))
        except (NameError, ZeroDivisionError) as e:
            print(f"runtime error: {type(e).__name__}: {e}")


print(tokenize("let x = 3.5 * (y + 2)"))
run("1 + 2 * 3; (1 + 2) * 3; 2 ^ 3 ^ 2; 10 - 4 - 3; -2 ^ 2; 7 % 4")
run("""
let a = 10   # comment
let b = a / 4
let c = max(a, b * 10, 3) - min(1, 2)
print a, b, c, sum(1, 2, 3)
a * unknown
1 / 0
""")
run("let = 5")
run("3 + $")
run("(1 + 2")
