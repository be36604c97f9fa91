"""An RPN calculator REPL with variables, user-defined words and error recovery (reads stdin)."""
import math
import sys


class CalcError(Exception):
    pass


class Calculator:
    def __init__(self):
        self.stack = []
        self.vars = {"pi": math.pi, "e": math.e}
        self.words = {}
        self.builtins = {
            "+": (2, lambda a, b: a + b),
            "-": (2, lambda a, b: a - b),
            "*": (2, lambda a, b: a * b),
            "/": (2, self._div),
            "//": (2, lambda a, b: self._check_zero(b) or a // b),
            "%": (2, lambda a, b: self._check_zero(b) or a % b),
            "**": (2, lambda a, b: a ** b),
            "neg": (1, lambda a: -a),
            "abs": (1, abs),
            "sqrt": (1, self._sqrt),
            "max": (2, max),
            "min": (2, min),
        }

    @staticmethod
    def _check_zero(b):
        if b == 0:
            raise CalcError("division by zero")

    def _div(self, a, b):
        self._check_zero(b)
        q = a / b
        return int(q) if isinstance(q, float) and q.is_integer() and abs(q) < 2 ** 53 else q

    @staticmethod
    def _sqrt(a):
        if a < 0:
            raise CalcError(f"sqrt of negative number {a}")
        r = math.isqrt(a) if isinstance(a, int) else None
        return r if r is not None and r * r == a else math.sqrt(a)

    def pop(self, n):
        if len(self.stack) < n:
            raise CalcError(f"need {n} value(s), stack has {len(self.stack)}")
        vals = self.stack[-n:]
        del self.stack[-n:]
        return vals

    def number(self, tok):
        try:
            return int(tok, 0)
        except ValueError:
            pass
        try:
            return float(tok)
        except ValueError:
            return None

    def execute(self, tokens, depth=0):
        if depth > 20:
            raise CalcError("word recursion too deep")
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            num = self.number(tok)
            if num is not None:
                self.stack.append(num)
            elif tok in self.builtins:
                arity, fn = self.builtins[tok]
                self.stack.append(fn(*self.pop(arity)))
            elif tok == "dup":
                (a,) = self.pop(1)
                self.stack += [a, a]
            elif tok == "swap":
                a, b = self.pop(2)
                self.stack += [b, a]
            elif tok == "drop":
                self.pop(1)
            elif tok == "clear":
                self.stack.clear()
            elif tok.startswith("=") and len(tok) > 1:
                (self.vars[tok[1:]],) = self.pop(1)
            elif tok == ":":
                try:
                    end = tokens.index(";", i)
                except ValueError:
                    raise CalcError("unterminated definition") from None
                name, body = tokens[i], tokens[i + 1:end]
                if self.number(name) is not None or name in self.builtins:
                    raise CalcError(f"cannot redefine {name!r}")
                self.words[name] = body
                i = end + 1
            elif tok in self.words:
                self.execute(self.words[tok], depth + 1)
            elif tok in self.vars:
                self.stack.append(self.vars[tok])
            else:
                raise CalcError(f"unknown token {tok!r}")

    def show(self):
        def fmt(v):
            return f"{v:.6g}" if isinstance(v, float) else str(v)
        return "[" + " ".join(fmt(v) for v in self.stack) + "]"


calc = Calculator()
for lineno, line in enumerate(sys.stdin, 1):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    snapshot = list(calc.stack)
    try:
        calc.execute(line.split())
        print(f"{lineno:>2}: {line:<32} -> {calc.show()}")
    except CalcError as e:
        calc.stack = snapshot
        print(f"{lineno:>2}: {line:<32} !! {e} (stack restored)")
    except (OverflowError, TypeError) as e:
        calc.stack = snapshot
        print(f"{lineno:>2}: {line:<32} !! {type(e).__name__}: {e}")
print("words:", sorted(calc.words), "vars:", sorted(calc.vars))
