ba = bytearray(b'hello')
ba[0] = ord('J')
print(ba, len(ba))
ba.append(33)
ba.extend(b' ok')
print(ba)
ba[1:3] = b'EE'
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
ba.reverse()
print(ba)
ba.remove(ord('E'))
print(ba, ba.find(b'l'), ba.index(b'l'), ba.count(b'l'))
print(bytearray(3), bytearray([1, 2]), bytearray('abc', 'ascii'), bytes(ba))
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.upper(), ba2 == b'abcdefabcdef')
ba2.clear()
print(ba2, bytearray(b'x').copy())
for bad in [lambda: ba.append(300), lambda: bytearray(b'a').remove(98), lambda: bytearray().pop()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv), list(mv[:2]))
