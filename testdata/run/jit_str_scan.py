# Compiled str reads on ASCII text (jit/record_str.go): s[i], ord, len,
# compares with one character, `in` a constant str, character classes.

def checksum(text, step):
    c = 0
    for i in range(0, len(text), step):
        c = (c * 31 + ord(text[i])) % 1000000007
    return c


def classes(src):
    counts = [0, 0, 0, 0, 0, 0, 0]
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            counts[0] += 1
        elif ch.isdigit():
            counts[1] += 1
        elif ch.isalpha() or ch == "_":
            counts[2] += 1
        elif ch in "+-*/()=;":
            counts[3] += 1
        elif ch.isspace():
            counts[4] += 1
        else:
            counts[5] += 1
        if ch != src[-1 - i]:
            counts[6] += 1
        i += 1
    return counts


def digits_run(src):
    total = 0
    i = 0
    n = len(src)
    while i < n:
        j = i
        while j < n and src[j].isdigit():
            j += 1
        total += j - i
        i = j + 1
    return total


def methods(s):
    out = []
    for i in range(len(s)):
        c = s[i]
        out.append((c.isalnum(), c.isupper(), c.islower(), c.isdecimal(), c.isnumeric(), c not in "aeiou"))
    return sum(1 for t in out for x in t if x)


text = "item-%d;" * 500 % tuple(range(500))
print(checksum(text * 20, 7))
print(checksum(text, 1))
src = "x1 = (a + 12) * b_3 - 7;\t" * 400 + "?!"
print(classes(src))
print(digits_run("12 345 6 78 9012 " * 300))
print(methods("Hello World 123 _xyz ABC def\n" * 50))
print(len(src), src[5], src[-3])
