"""An assembler and stack virtual machine with calls, jumps and a tiny debugger trace."""


class VMError(Exception):
    def __init__(self, msg, pc=None):
        super().__init__(msg if pc is None else f"{msg} (pc={pc})")
        self.pc = pc


OPS = {
    "push": 1, "pop": 0, "dup": 0, "swap": 0, "over": 0,
    "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "neg": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
    "jmp": 1, "jz": 1, "jnz": 1, "call": 1, "ret": 0,
    "load": 1, "store": 1, "print": 0, "halt": 0,
}


def assemble(source):
    program, labels, fixups = [], {}, []
    for lineno, raw in enumerate(source.splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            label = line[:-1]
            if label in labels:
                raise VMError(f"line {lineno}: duplicate label {label!r}")
            labels[label] = len(program)
            continue
        op, *args = line.split()
        if op not in OPS:
            raise VMError(f"line {lineno}: unknown op {op!r}")
        if len(args) != OPS[op]:
            raise VMError(f"line {lineno}: {op} takes {OPS[op]} operand(s), got {len(args)}")
        if args:
            arg = args[0]
            if arg.lstrip("-").isdigit():
                arg = int(arg)
            elif op in ("jmp", "jz", "jnz", "call"):
                fixups.append((len(program), arg, lineno))
            program.append((op, arg))
        else:
            program.append((op, None))
    for index, label, lineno in fixups:
        if label not in labels:
            raise VMError(f"line {lineno}: undefined label {label!r}")
        program[index] = (program[index][0], labels[label])
    return program, labels


class VM:
    def __init__(self, program, trace=False, max_steps=100_000):
        self.program = program
        self.stack = []
        self.frames = []
        self.vars = {}
        self.pc = 0
        self.steps = 0
        self.output = []
        self.trace = trace
        self.max_steps = max_steps

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def binop(self, fn):
        b, a = self.pop(), self.pop()
        self.stack.append(fn(a, b))

    def run(self):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", self.pc)
            op, arg = self.program[self.pc]
            if self.trace:
                print(f"  {self.pc:>3} {op:<6}{'' if arg is None else arg!s:<6} {self.stack}")
            self.pc += 1
            if op == "push":
                self.stack.append(arg)
            elif op == "pop":
                self.pop()
            elif op == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "over":
                b, a = self.pop(), self.pop()
                self.stack += [a, b, a]
            elif op in ("add", "sub", "mul", "mod", "eq", "lt", "gt"):
                fns = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
                       "mod": lambda a, b: a % b, "eq": lambda a, b: int(a == b),
                       "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b)}
                try:
                    self.binop(fns[op])
                except ZeroDivisionError:
                    raise VMError("modulo by zero", self.pc - 1) from None
            elif op == "div":
                b, a = self.pop(), self.pop()
                if b == 0:
                    raise VMError("division by zero", self.pc - 1)
                self.stack.append(a // b)
            elif op == "neg":
                self.stack.append(-self.pop())
            elif op == "not":
                self.stack.append(int(not self.pop()))
            elif op == "jmp":
                self.pc = arg
            elif op == "jz":
                if self.pop() == 0:
                    self.pc = arg
            elif op == "jnz":
                if self.pop() != 0:
                    self.pc = arg
            elif op == "call":
                if len(self.frames) > 200:
                    raise VMError("call stack overflow", self.pc - 1)
                self.frames.append((self.pc, self.vars))
                self.vars = {}
                self.pc = arg
            elif op == "ret":
                if not self.frames:
                    raise VMError("ret outside call", self.pc - 1)
                self.pc, self.vars = self.frames.pop()
            elif op == "load":
                if arg not in self.vars:
                    raise VMError(f"unset variable {arg!r}", self.pc - 1)
                self.stack.append(self.vars[arg])
            elif op == "store":
                self.vars[arg] = self.pop()
            elif op == "print":
                v = self.pop()
                self.output.append(v)
                print("OUT:", v)
            elif op == "halt":
                break
        return self.stack


FACTORIAL = """
    push 20
    call fact
    print
    push 10
    call fib
    print
    halt
fact:            ; n -> n!
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    ret
fib:             ; recursive fib(n)
    dup
    push 2
    lt
    jnz fib_base
    dup
    push 1
    sub
    call fib
    swap
    push 2
    sub
    call fib
    add
fib_base:
    ret
"""

program, labels = assemble(FACTORIAL)
print(len(program), "instructions; labels:", sorted(labels.items(), key=lambda kv: kv[1]))
vm = VM(program)
print("final stack:", vm.run(), "steps:", vm.steps, "output:", vm.output)

small = assemble("push 7\npush 5\nover\nsub\nswap\nmul\nprint\npush 3\nneg\nnot\nprint")[0]
VM(small, trace=True).run()

bad_sources = ["push", "frob 1", "jmp nowhere", "a:\na:", "push 1\npush 0\ndiv", "pop", "ret",
               "load x", "loop:\njmp loop", "f:\ncall f", "push 5\npush 0\nmod"]
for src in bad_sources:
    try:
        prog, _ = assemble(src)
        VM(prog, max_steps=1000).run()
        print(f"{src!r}: ran fine")
    except VMError as e:
        print(f"{src!r}: {e}")
