# A compiler and stack VM for a small expression language: a tokenizer,
# a precedence-climbing parser producing tuples, a code generator with
# jumps, locals and function calls, a disassembler, and a VM with a call
# stack that reports runtime errors with a backtrace.
import operator

TOKEN_KINDS = ("num", "name", "op", "end")
BINOPS = {"+": (10, operator.add), "-": (10, operator.sub), "*": (20, operator.mul),
          "/": (20, operator.floordiv), "%": (20, operator.mod), "<": (5, operator.lt),
          "==": (4, operator.eq), "and": (2, None), "or": (1, None)}


class CompileError(Exception):
    pass


class VMError(Exception):
    def __init__(self, message, backtrace):
        super().__init__(message)
        self.backtrace = backtrace


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(("op" if word in ("and", "or", "not", "if", "then", "else", "let", "in", "fn") else "name", word))
            i = j
        elif src.startswith("==", i) or src.startswith("->", i):
            out.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/%<()=,":
            out.append(("op", c))
            i += 1
        else:
            raise CompileError(f"unexpected character {c!r} at {i}")
    out.append(("end", None))
    return out


class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, value=None):
        tok = self.toks[self.pos]
        if value is not None and tok[1] != value:
            raise CompileError(f"expected {value!r}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def expr(self, min_prec=0):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BINOPS or BINOPS[op][0] < min_prec:
                return left
            self.take()
            right = self.expr(BINOPS[op][0] + 1)
            left = (op, left, right)

    def unary(self):
        kind, val = self.peek()
        if val == "-":
            self.take()
            return ("neg", self.unary())
        if val == "not":
            self.take()
            return ("not", self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("const", val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr())
                    if self.peek()[1] == ",":
                        self.take(",")
                self.take(")")
                return ("call", val, args)
            return ("load", val)
        if val == "(":
            e = self.expr()
            self.take(")")
            return e
        if val == "if":
            cond = self.expr()
            self.take("then")
            a = self.expr()
            self.take("else")
            return ("if", cond, a, self.expr())
        if val == "let":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.take("in")
            return ("let", name, value, self.expr())
        raise CompileError(f"unexpected {val!r}")


class Code:
    def __init__(self, name, params):
        self.name, self.params, self.ops, self.nlocals = name, params, [], len(params)

    def emit(self, *op):
        self.ops.append(list(op))
        return len(self.ops) - 1

    def disassemble(self):
        lines = [f"code {self.name}({', '.join(self.params)}):"]
        for i, (op, *args) in enumerate(self.ops):
            lines.append(f"  {i:>3} {op:<10}{' '.join(map(repr, args))}".rstrip())
        return "\n".join(lines)


def gen(node, code, scope):
    match node:
        case ("const", v):
            code.emit("PUSH", v)
        case ("load", name):
            if name not in scope:
                raise CompileError(f"undefined variable {name!r} in {code.name}")
            code.emit("LOAD", scope[name])
        case ("neg", e):
            gen(e, code, scope)
            code.emit("NEG")
        case ("not", e):
            gen(e, code, scope)
            code.emit("NOT")
        case ("and" | "or") as op, a, b:
            gen(a, code, scope)
            code.emit("DUP")
            jump = code.emit("JUMP_IF_FALSE" if op == "and" else "JUMP_IF_TRUE", None)
            code.emit("POP")
            gen(b, code, scope)
            code.ops[jump][1] = len(code.ops)
        case (op, a, b) if op in BINOPS:
            gen(a, code, scope)
            gen(b, code, scope)
            code.emit("BINOP", op)
        case ("if", c, a, b):
            gen(c, code, scope)
            jf = code.emit("JUMP_IF_FALSE", None)
            code.emit("POP")
            gen(a, code, scope)
            j = code.emit("JUMP", None)
            code.ops[jf][1] = len(code.ops)
            code.emit("POP")
            gen(b, code, scope)
            code.ops[j][1] = len(code.ops)
        case ("let", name, value, body):
            gen(value, code, scope)
            slot = code.nlocals
            code.nlocals += 1
            code.emit("STORE", slot)
            gen(body, code, {**scope, name: slot})
        case ("call", fname, args):
            for a in args:
                gen(a, code, scope)
            code.emit("CALL", fname, len(args))
        case _:
            raise CompileError(f"cannot compile {node!r}")


def compile_program(defs, main):
    funcs = {}
    for header, body in defs:
        name, _, params = header.partition("(")
        params = [p.strip() for p in params.rstrip(")").split(",") if p.strip()]
        code = Code(name.strip(), params)
        funcs[code.name] = (code, body)
    for code, body in funcs.values():
        gen(Parser(body).expr(), code, {p: i for i, p in enumerate(code.params)})
        code.emit("RETURN")
    entry = Code("<main>", [])
    gen(Parser(main).expr(), entry, {})
    entry.emit("RETURN")
    return {name: code for name, (code, _) in funcs.items()}, entry


def run(funcs, entry, max_steps=100000):
    frames = [(entry, 0, [None] * entry.nlocals, [])]
    steps = 0
    while True:
        code, pc, local, stack = frames[-1]
        op, *args = code.ops[pc]
        pc += 1
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded", [f.name for f, *_ in frames])
        try:
            if op == "PUSH":
                stack.append(args[0])
            elif op == "LOAD":
                stack.append(local[args[0]])
            elif op == "STORE":
                local[args[0]] = stack.pop()
            elif op == "DUP":
                stack.append(stack[-1])
            elif op == "POP":
                stack.pop()
            elif op == "NEG":
                stack.append(-stack.pop())
            elif op == "NOT":
                stack.append(not stack.pop())
            elif op == "BINOP":
                b, a = stack.pop(), stack.pop()
                stack.append(BINOPS[args[0]][1](a, b))
            elif op == "JUMP":
                pc = args[0]
            elif op == "JUMP_IF_FALSE":
                if not stack[-1]:
                    pc = args[0]
            elif op == "JUMP_IF_TRUE":
                if stack[-1]:
                    pc = args[0]
            elif op == "CALL":
                name, n = args
                if name not in funcs:
                    raise NameError(f"no function {name!r}")
                callee = funcs[name]
                if n != len(callee.params):
                    raise TypeError(f"{name}() takes {len(callee.params)} arguments, got {n}")
                if len(frames) > 200:
                    raise RecursionError("VM call stack overflow")
                argv = stack[len(stack) - n:]
                del stack[len(stack) - n:]
                frames[-1] = (code, pc, local, stack)
                frames.append((callee, 0, argv + [None] * (callee.nlocals - n), []))
                continue
            elif op == "RETURN":
                result = stack.pop()
                frames.pop()
                if not frames:
                    return result, steps
                frames[-1][3].append(result)
                continue
        except (ZeroDivisionError, NameError, TypeError, RecursionError) as e:
            trace = [f"{c.name}@{p}" for c, p, *_ in frames[:-1]] + [f"{code.name}@{pc - 1}"]
            raise VMError(f"{type(e).__name__}: {e}", trace) from e
        frames[-1] = (code, pc, local, stack)


defs = [
    ("fact(n)", "if n < 2 then 1 else n * fact(n - 1)"),
    ("fib(n)", "if n < 2 then n else fib(n - 1) + fib(n - 2)"),
    ("gcd(a, b)", "if b == 0 then a else gcd(b, a % b)"),
    ("even(n)", "if n == 0 then 1 == 1 else odd(n - 1)"),
    ("odd(n)", "if n == 0 then 1 == 0 else even(n - 1)"),
    ("safe_div(a, b)", "b == 0 or a / b"),
    ("hyp(a, b)", "let a2 = a * a in let b2 = b * b in a2 + b2"),
    ("down(n)", "down(n + 1)"),
]
funcs, _ = compile_program(defs, "0")
print(funcs["fact"].disassemble())
print(funcs["hyp"].disassemble())
for main in ["fact(20)", "fib(15)", "gcd(1071, 462)", "even(17)", "odd(17)", "-(2 + 3) * 4 % 7",
             "not 0 and 5", "0 or 7", "safe_div(7, 0)", "safe_div(7, 2)", "hyp(3, 4)",
             "let x = 10 in let y = x * x in y - x", "if 1 < 2 then 100 else 1 / 0"]:
    funcs, entry = compile_program(defs, main)
    value, steps = run(funcs, entry)
    print(f"{main:<40} = {value!r:<22} ({steps} steps)")
for main in ["1 / (3 - 3)", "nope(1)", "fact(1, 2)", "down(0)", "fib(30)"]:
    funcs, entry = compile_program(defs, main)
    try:
        run(funcs, entry, max_steps=50000)
    except VMError as e:
        trace = e.backtrace if len(e.backtrace) < 6 else e.backtrace[:2] + ["..."] + e.backtrace[-2:]
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{main:<14} VMError: {e} | cause {cause} | at {' < '.join(reversed(trace))}")
for bad in ["1 +", "x + 1", "(1 + 2", "3 $ 4", "let = 4 in 1", "if 1 then 2"]:
    try:
        compile_program([], bad)
    except CompileError as e:
        print(f"{bad!r}: CompileError: {e}")
