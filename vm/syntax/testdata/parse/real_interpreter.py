"""A tiny calculator: tokenizer, parser and evaluator."""
import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
OPS = {"+": (1, operator.add), "-": (1, operator.sub),
       "*": (2, operator.mul), "/": (2, operator.truediv), "^": (3, operator.pow)}


def tokenize(src):
    for number, op in TOKEN.findall(src):
        if number:
            yield ("num", float(number))
        elif op:
            yield ("op", op)
    yield ("end", None)


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self, min_prec=0):
        lhs = self.atom()
        while True:
            kind, value = self.peek()
            if kind != "op" or value not in OPS:
                break
            prec, fn = OPS[value]
            if prec < min_prec:
                break
            self.advance()
            rhs = self.expr(prec + (value != "^"))
            lhs = (fn, lhs, rhs)
        return lhs

    def atom(self):
        match self.advance():
            case ("num", value):
                return value
            case ("op", "("):
                inner = self.expr()
                if self.advance() != ("op", ")"):
                    raise SyntaxError("expected )")
                return inner
            case ("op", "-"):
                return (operator.neg, self.atom())
            case tok:
                raise SyntaxError(f"unexpected {tok!r}")


def evaluate(tree):
    match tree:
        case float() | int():
            return tree
        case (fn, operand):
            return fn(evaluate(operand))
        case (fn, left, right):
            return fn(evaluate(left), evaluate(right))
    raise TypeError(tree)


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 / 2"]:
    print(f"{text!s:>12} = {evaluate(Parser(text).expr()):g}")
