# A CSV-like reader and writer written by hand: dialects (delimiter, quote
# character, escape character, doubled quotes), quoted fields spanning
# lines, strict-mode errors with positions, a header-driven DictReader
# analogue, type inference per column, and a round trip.


class Dialect:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    strict = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if len(cls.delimiter) != 1:
            raise TypeError(f"{cls.__name__}: delimiter must be a 1-character string")

    def __repr__(self):
        return f"<{type(self).__name__} delimiter={self.delimiter!r} quote={self.quotechar!r}>"


class Excel(Dialect):
    pass


class Tabs(Dialect):
    delimiter = "\t"
    quotechar = "'"


class Backslash(Dialect):
    delimiter = ";"
    escapechar = "\\"
    doublequote = False
    strict = True


class ParseError(ValueError):
    def __init__(self, msg, row, col):
        super().__init__(f"{msg} (row {row}, column {col})")
        self.row, self.col = row, col


def read_rows(text, dialect=Excel()):
    rows, row, field = [], [], []
    quoted = in_quotes = False
    i, row_no, col = 0, 1, 0
    d, q, esc = dialect.delimiter, dialect.quotechar, dialect.escapechar
    while i < len(text):
        ch = text[i]
        col += 1
        if in_quotes:
            if esc and ch == esc and i + 1 < len(text):
                field.append(text[i + 1])
                i += 2
                continue
            if ch == q:
                if dialect.doublequote and text[i + 1:i + 2] == q:
                    field.append(q)
                    i += 2
                    continue
                in_quotes = False
                nxt = text[i + 1:i + 2]
                if dialect.strict and nxt not in (d, "\n", ""):
                    raise ParseError(f"{d!r} expected after {q!r}", row_no, col + 1)
            else:
                field.append(ch)
                if ch == "\n":
                    row_no += 1
                    col = 0
            i += 1
            continue
        if ch == q and not field:
            in_quotes = quoted = True
        elif esc and ch == esc and i + 1 < len(text):
            field.append(text[i + 1])
            i += 1
        elif ch == d:
            row.append(("".join(field), quoted))
            field, quoted = [], False
        elif ch == "\n":
            row.append(("".join(field), quoted))
            rows.append(row)
            row, field, quoted = [], [], False
            row_no += 1
            col = 0
        elif ch == "\r":
            pass
        else:
            if dialect.strict and ch == q:
                raise ParseError(f"unexpected {q!r} inside an unquoted field", row_no, col)
            field.append(ch)
        i += 1
    if in_quotes:
        raise ParseError("unexpected end of data inside quotes", row_no, col)
    if field or row:
        row.append(("".join(field), quoted))
        rows.append(row)
    return rows


def infer(value, quoted):
    if quoted:
        return value
    if value == "":
        return None
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


class Records:
    def __init__(self, text, dialect=Excel()):
        rows = read_rows(text, dialect)
        if not rows:
            raise ValueError("no header row")
        self.fields = [name for name, _ in rows[0]]
        if len(set(self.fields)) != len(self.fields):
            dupes = sorted({f for f in self.fields if self.fields.count(f) > 1})
            raise ValueError(f"duplicate columns: {', '.join(dupes)}")
        self.rows = []
        for n, row in enumerate(rows[1:], start=2):
            if len(row) != len(self.fields):
                print(f"  skipping row {n}: {len(row)} fields, expected {len(self.fields)}")
                continue
            self.rows.append({k: infer(v, q) for k, (v, q) in zip(self.fields, row)})

    def column(self, name):
        return [r[name] for r in self.rows]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


def write_rows(rows, dialect=Excel()):
    d, q = dialect.delimiter, dialect.quotechar
    out = []
    for row in rows:
        cells = []
        for value in row:
            s = "" if value is None else str(value)
            if any(c in s for c in (d, q, "\n", "\r")) or s != s.strip():
                if dialect.doublequote:
                    s = s.replace(q, q + q)
                else:
                    s = s.replace(dialect.escapechar, dialect.escapechar * 2).replace(q, dialect.escapechar + q)
                s = q + s + q
            cells.append(s)
        out.append(d.join(cells))
    return "\n".join(out) + "\n"


data = '''id,name,price,in_stock,notes
1,Widget,9.99,true,"plain"
2,"Gadget, deluxe",1e3,false,"says ""hi"""
3,Gizmo,,TRUE,"two
lines"
4,"  padded  ",12,false,
5,broken,row
6,Thing,-7,true,"x"
'''
print(Excel(), Tabs(), Backslash())
recs = Records(data)
print("fields:", recs.fields, "rows:", len(recs))
for rec in recs:
    print({k: v for k, v in rec.items()})
print("prices:", recs.column("price"))
print("total price:", sum(p for p in recs.column("price") if isinstance(p, (int, float))))
print("in stock:", [r["name"] for r in recs if r["in_stock"] is True])

out = write_rows([recs.fields] + [[r[f] for f in recs.fields] for r in recs])
print(out, end="")
again = Records(out)
print("round trip equal:", [dict(r) for r in again] == [dict(r) for r in recs])

tsv = "a\tb\n'x\ty'\t'it''s'\n"
print(read_rows(tsv, Tabs()))
semi = 'k;v\n"a \\"quoted\\" word";plain\\;semi\n'
print(read_rows(semi, Backslash()))
print(repr(write_rows([["say \"x\"", "a;b", "ok"]], Backslash())))

for bad, dialect in [('a,"b', Excel()), ('x;"q"z;y\n', Backslash()), ('ab"c;d', Backslash())]:
    try:
        read_rows(bad, dialect)
    except ParseError as e:
        print(f"{bad!r}: {e}; at {e.row}:{e.col}; is ValueError: {isinstance(e, ValueError)}")
for bad in ["", "a,b,a,c,b\n1,2,3,4,5\n"]:
    try:
        Records(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    class Wide(Dialect):
        delimiter = "::"
except TypeError as e:
    print("TypeError:", e)
