a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.insert(0, 0); a.insert(-1, 99); a.insert(100, 'end'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 5), a.count(5), a.count(42))
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c)
words = ['kiwi', 'Apple', 'fig', 'banana']
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 'a'].sort()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
