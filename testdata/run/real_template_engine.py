# A tiny template engine written without the re module: a tokenizer for
# {{ expressions }}, {% for %} / {% if %} / {% else %} / {% end %} blocks
# and {# comments #}, a parser building a node tree, filters with
# arguments, dotted lookups and clear errors with line numbers.


class TemplateError(Exception):
    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


def tokenize(source):
    pos, line = 0, 1
    tokens = []
    while pos < len(source):
        start = source.find("{", pos)
        while start != -1 and source[start + 1:start + 2] not in ("{", "%", "#"):
            start = source.find("{", start + 1)
        if start == -1:
            tokens.append(("text", source[pos:], line))
            break
        if start > pos:
            tokens.append(("text", source[pos:start], line))
            line += source.count("\n", pos, start)
        kind = source[start + 1]
        closer = {"{": "}}", "%": "%}", "#": "#}"}[kind]
        end = source.find(closer, start + 2)
        if end == -1:
            raise TemplateError(f"unclosed {source[start:start + 2]!r}", line)
        body = source[start + 2:end].strip()
        if kind != "#":
            tokens.append(("expr" if kind == "{" else "tag", body, line))
        line += source.count("\n", start, end)
        pos = end + 2
    return tokens


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, engine):
        return self.text


class Expr:
    def __init__(self, source, line):
        parts = [p.strip() for p in source.split("|")]
        self.path, self.filters, self.line = parts[0], [], line
        for f in parts[1:]:
            name, _, arg = f.partition(":")
            self.filters.append((name.strip(), arg.strip() or None))

    def render(self, ctx, engine):
        value = engine.lookup(ctx, self.path, self.line)
        for name, arg in self.filters:
            try:
                fn = engine.filters[name]
            except KeyError:
                raise TemplateError(f"unknown filter {name!r}", self.line) from None
            value = fn(value) if arg is None else fn(value, arg)
        return str(value)


class For:
    def __init__(self, var, seq, line):
        self.var, self.seq, self.line = var, seq, line
        self.body, self.empty = [], []

    def render(self, ctx, engine):
        items = list(engine.lookup(ctx, self.seq, self.line))
        if not items:
            return "".join(n.render(ctx, engine) for n in self.empty)
        out = []
        for i, item in enumerate(items):
            inner = dict(ctx)
            inner[self.var] = item
            inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
            out.extend(n.render(inner, engine) for n in self.body)
        return "".join(out)


class If:
    def __init__(self, cond, line):
        self.negate = cond.startswith("not ")
        self.cond = cond[4:].strip() if self.negate else cond
        self.line, self.body, self.orelse = line, [], []

    def render(self, ctx, engine):
        value = bool(engine.lookup(ctx, self.cond, self.line))
        branch = self.body if value != self.negate else self.orelse
        return "".join(n.render(ctx, engine) for n in branch)


class Engine:
    def __init__(self):
        self.filters = {
            "upper": str.upper,
            "title": str.title,
            "length": len,
            "default": lambda v, d: v if v else d,
            "join": lambda v, sep: sep.strip("'\"").join(map(str, v)),
            "money": lambda v: f"{v / 100:,.2f}",
            "pad": lambda v, n: str(v).ljust(int(n)),
        }

    def lookup(self, ctx, path, line):
        if path.isdigit():
            return int(path)
        head, *rest = path.split(".")
        if head not in ctx:
            raise TemplateError(f"undefined name {head!r}", line)
        value = ctx[head]
        for attr in rest:
            if isinstance(value, dict):
                if attr not in value:
                    raise TemplateError(f"{path!r}: no key {attr!r}", line)
                value = value[attr]
            else:
                try:
                    value = getattr(value, attr)
                except AttributeError:
                    raise TemplateError(f"{path!r}: no attribute {attr!r}", line) from None
        return value

    def compile(self, source):
        root = []
        stack = [(None, root)]
        for kind, body, line in tokenize(source):
            target = stack[-1][1]
            if kind == "text":
                target.append(Text(body))
            elif kind == "expr":
                target.append(Expr(body, line))
            else:
                word, _, rest = body.partition(" ")
                if word == "for":
                    var, _, seq = rest.partition(" in ")
                    if not seq:
                        raise TemplateError(f"bad for tag {body!r}", line)
                    node = For(var.strip(), seq.strip(), line)
                    target.append(node)
                    stack.append((node, node.body))
                elif word == "if":
                    node = If(rest.strip(), line)
                    target.append(node)
                    stack.append((node, node.body))
                elif word == "else":
                    node = stack[-1][0]
                    if node is None:
                        raise TemplateError("else outside a block", line)
                    stack[-1] = (node, node.empty if isinstance(node, For) else node.orelse)
                elif word == "end":
                    if len(stack) == 1:
                        raise TemplateError("end without a block", line)
                    stack.pop()
                else:
                    raise TemplateError(f"unknown tag {word!r}", line)
        if len(stack) > 1:
            raise TemplateError(f"unclosed {type(stack[-1][0]).__name__.lower()} block", stack[-1][0].line)
        return root

    def render(self, source, **ctx):
        return "".join(node.render(ctx, self) for node in self.compile(source))


class Customer:
    def __init__(self, name, vip):
        self.name, self.vip = name, vip


engine = Engine()
invoice = """Invoice for {{ customer.name | upper }}{# internal note #}
{% if customer.vip %}Thank you for being a VIP!{% else %}Join our VIP program.{% end %}
{% for item in items %}{{ loop.index }}. {{ item.name | pad:10 }} {{ item.cents | money }}{% if loop.last %} <- last{% end %}
{% else %}(no items)
{% end %}Tags: {{ tags | join:', ' }} ({{ tags | length }})
Note: {{ note | default:none given }}
"""
items = [{"name": "widget", "cents": 1999}, {"name": "gadget", "cents": 123456}, {"name": "gizmo", "cents": 5}]
print(engine.render(invoice, customer=Customer("ada lovelace", True), items=items, tags=["new", "sale"], note=""))
print(engine.render(invoice, customer=Customer("bob", False), items=[], tags=[], note="call first"))
print(repr(engine.render("{% for n in nums %}{{ n }}{% if not loop.last %}, {% end %}{% end %}", nums=range(5))))

bad_templates = [
    ("{{ missing }}", {}),
    ("line one\n{{ x.y }}", {"x": {"z": 1}}),
    ("{{ c.age }}", {"c": Customer("c", False)}),
    ("{% for x in xs %}\n{{ x }}", {"xs": [1]}),
    ("{% end %}", {}),
    ("{% while x %}", {}),
    ("{{ x | shout }}", {"x": 1}),
    ("\n\n{{ x ", {"x": 1}),
    ("{% for x %}", {}),
    ("{% else %}", {}),
]
for source, ctx in bad_templates:
    try:
        engine.render(source, **ctx)
    except TemplateError as e:
        print(f"{source!r}: {e} (line attr {e.line})")
