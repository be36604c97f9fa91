"""A JSON encoder and decoder written by hand (no json module)."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, (list, tuple)):
        items = [encode(v, indent, level + 1) for v in value]
        return wrap("[", "]", items, indent, level)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            sep = ": " if indent is not None else ":"
            items.append(encode_str(k) + sep + encode(v, indent, level + 1))
        return wrap("{", "}", items, indent, level)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ",".join(items) + close
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + end + close


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise JSONDecodeError(msg, self.i)

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def decode(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("Extra data")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("Expecting value")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
            self.i += 1
        text = self.s[start:self.i]
        if not text or text == "-":
            self.i = start
            self.error("Expecting value")
        if any(c in text for c in ".eE"):
            return float(text)
        return int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("Unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                esc = self.s[self.i + 1]
                simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if esc in simple:
                    out.append(simple[esc])
                    self.i += 2
                elif esc == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                else:
                    self.error("Invalid \\escape")
            else:
                out.append(c)
                self.i += 1

    def arr(self):
        self.i += 1
        items = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.ws()
            c = self.s[self.i] if self.i < len(self.s) else ""
            self.i += 1
            if c == "]":
                return items
            if c != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("Expecting ':' delimiter")
            self.i += 1
            result[key] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return result
            if c != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")


def loads(text):
    return Decoder(text).decode()


doc = {
    "name": "Kiln \"test\"",
    "version": [0, 1, 2],
    "ratio": 0.1,
    "big": 2 ** 70,
    "neg": -3.5e-7,
    "flags": {"jit": True, "debug": False, "extra": None},
    "text": "tab\tnewline\nunicode é ☃ 𝄞",
    "empty": {"list": [], "dict": {}},
    "nested": [[1, [2, [3]]], {"k": [{"deep": "yes"}]}],
}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2))
back = loads(compact)
print(back == doc, loads(encode(doc, indent=4)) == doc)
print(back["text"], back["big"], type(back["ratio"]).__name__)
for bad in ['{"a": 1,}', "[1 2]", '{"a" 1}', "[1, 2", '"unterminated', "tru", "{'a': 1}", "1 2", ""]:
    try:
        print("parsed", loads(bad))
    except JSONDecodeError as e:
        print(f"{bad!r:>16}: {e}")
    except IndexError:
        print(f"{bad!r:>16}: ran off the end")
for bad in [{1: 2}, {"s": {1, 2}}, float("nan")]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(loads(' [ 1 , -2.5e3 , "\\u00e9\\ud834\\udd1e" , null ] '))
