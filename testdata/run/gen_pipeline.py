def read_lines():
    text = """# config
name = kiln
version = 0.1

# comment
threads = 4
empty =
"""
    yield from text.splitlines()
def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith('#'):
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()
def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif not v:
            v = None
        yield k, v
config = dict(typed(parse(strip_comments(read_lines()))))
print(config)
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in 'a bb ccc dd'.split()))
