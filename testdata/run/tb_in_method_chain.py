class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise SyntaxError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def parse(self):
        self.expect("(")
        self.expect(")")
        return "ok"

print(Parser("()").parse())
print(Parser("(]").parse())
