class Visitor:
    def visit(self, node, *args, **kwargs):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node, *args, **kwargs)

    def generic_visit(self, node, *args, **kwargs):
        for child in getattr(node, "children", ()):
            self.visit(child, *args, **kwargs)


class Printer(Visitor):
    def __init__(self):
        self.depth = 0
        self.out = []

    def generic_visit(self, node, *args, **kwargs):
        self.out.append("  " * self.depth + repr(node))
        self.depth += 1
        try:
            super().generic_visit(node, *args, **kwargs)
        finally:
            self.depth -= 1


def walk(tree, *, order="pre"):
    stack = [(tree, False)]
    while stack:
        node, seen = stack.pop()
        if seen or order == "pre":
            yield node
        if not seen:
            kids = list(getattr(node, "children", []))
            if order == "post":
                stack.append((node, True))
            stack.extend((k, False) for k in reversed(kids))


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)) and not isinstance(x, str):
            yield from flatten(x)
        else:
            yield x

assert list(flatten([1, [2, (3, [4])], 5])) == [1, 2, 3, 4, 5]
print(*(n for n in walk(None) if n), sep=", ") if False else ...
