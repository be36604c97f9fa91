import sys
total = 0
words = 0
for lineno, line in enumerate(sys.stdin, 1):
    stripped = line.rstrip('\n')
    words += len(stripped.split())
    nums = [int(t) for t in stripped.split() if t.lstrip('-').isdigit()]
    total += sum(nums)
    print(f'{lineno:3}: {stripped!r} nums={nums}')
print('total', total, 'words', words)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
