"""Markdown-to-HTML converter for a practical subset: headings, lists, code, quotes, inline."""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    """Handle `code`, **bold**, *em*, [links](url) with a small left-to-right scanner."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append(f"<code>{escape(text[i + 1:j])}</code>")
                i = j + 1
                continue
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append(f"<strong>{inline(text[i + 2:j])}</strong>")
                i = j + 2
                continue
        if c == "*" or c == "_":
            j = text.find(c, i + 1)
            if j != -1 and j > i + 1:
                out.append(f"<em>{inline(text[i + 1:j])}</em>")
                i = j + 1
                continue
        if c == "[":
            close = text.find("]", i)
            if close != -1 and text.startswith("(", close + 1):
                end = text.find(")", close)
                if end != -1:
                    label, url = text[i + 1:close], text[close + 2:end]
                    out.append(f'<a href="{escape(url)}">{inline(label)}</a>')
                    i = end + 1
                    continue
        out.append(escape(c))
        i += 1
    return "".join(out)


class Converter:
    def __init__(self):
        self.html = []
        self.para = []
        self.list_stack = []  # list of (kind, indent)
        self.in_code = False
        self.code_lang = ""
        self.toc = []

    def flush_para(self):
        if self.para:
            self.html.append("<p>" + inline(" ".join(self.para)) + "</p>")
            self.para = []

    def close_lists(self, indent=-1):
        while self.list_stack and self.list_stack[-1][1] > indent:
            kind, _ = self.list_stack.pop()
            self.html.append(f"</{kind}>")

    def heading(self, line):
        level = len(line) - len(line.lstrip("#"))
        text = line[level:].strip()
        slug = "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")
        while "--" in slug:
            slug = slug.replace("--", "-")
        self.toc.append((level, text, slug))
        self.html.append(f'<h{level} id="{slug}">{inline(text)}</h{level}>')

    def list_item(self, line):
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if body[0] in "-*+":
            kind, text = "ul", body[1:].strip()
        else:
            kind, text = "ol", body.split(".", 1)[1].strip()
        if not self.list_stack or indent > self.list_stack[-1][1]:
            self.html.append(f"<{kind}>")
            self.list_stack.append((kind, indent))
        else:
            self.close_lists(indent)
            if self.list_stack and self.list_stack[-1][0] != kind:
                self.close_lists(indent - 1)
                self.html.append(f"<{kind}>")
                self.list_stack.append((kind, indent))
        self.html.append(f"<li>{inline(text)}</li>")

    @staticmethod
    def is_list(line):
        s = line.strip()
        if s[:2] in ("- ", "* ", "+ "):
            return True
        head, dot, _ = s.partition(". ")
        return bool(dot) and head.isdigit()

    def convert(self, text):
        for raw in text.split("\n"):
            line = raw.rstrip()
            if line.startswith("```"):
                if self.in_code:
                    self.html.append("</code></pre>")
                    self.in_code = False
                else:
                    self.flush_para()
                    self.close_lists()
                    self.code_lang = line[3:].strip()
                    cls = f' class="language-{self.code_lang}"' if self.code_lang else ""
                    self.html.append(f"<pre><code{cls}>")
                    self.in_code = True
                continue
            if self.in_code:
                self.html.append(escape(raw))
                continue
            if not line.strip():
                self.flush_para()
                self.close_lists()
                continue
            if line.startswith("#"):
                self.flush_para()
                self.close_lists()
                self.heading(line)
            elif self.is_list(line):
                self.flush_para()
                self.list_item(line)
            elif line.startswith(">"):
                self.flush_para()
                self.close_lists()
                self.html.append(f"<blockquote>{inline(line.lstrip('> '))}</blockquote>")
            elif line.strip() in ("---", "***"):
                self.flush_para()
                self.html.append("<hr/>")
            else:
                self.close_lists()
                self.para.append(line.strip())
        self.flush_para()
        self.close_lists()
        if self.in_code:
            self.html.append("</code></pre>")
        return "\n".join(self.html)


DOC = """# Kiln *Notes*

Kiln is a **Python 3.12** implementation in Go. See [the spec](https://example.org/spec?a=1&b=2).
It has a `--jit` flag & a <fast> path.

## Features

- Parser with *PEP 701* f-strings
- Bytecode compiler
  - Constant folding
  - Peephole pass
- A tracing JIT

1. Build it
2. Run `kiln prog.py`
3. Profit

> Quotes are **supported** too.

---

```python
def hello():
    return "<hi>" & 1
```

### Edge cases: stray * star and under_score
Trailing text with an [unclosed link(
"""

conv = Converter()
print(conv.convert(DOC))
print("--- table of contents ---")
for level, text, slug in conv.toc:
    print("  " * (level - 1) + f"- {text} (#{slug})")
print(inline("**bold *nested em* text** and `a < b`"))
print(inline("*a* _b_ **c** [d](e) `f`"))
