# A sample buffer decoder that reinterprets bytes in place with
# memoryview.cast, as audio and image code does instead of struct.
import struct

samples = struct.pack("<8h", 0, 1000, -1000, 32767, -32768, 5, -5, 12)
view = memoryview(samples)
print(view.format, view.itemsize, view.nbytes, view.ndim, view.shape, view.strides)
shorts = view.cast("h")
print(shorts.format, shorts.itemsize, len(shorts), shorts.shape, shorts.strides)
print(shorts.tolist(), shorts[3], shorts[-1], shorts[2:5].tolist(), max(shorts), sum(shorts))
print(list(shorts[::3]), shorts.cast("B").tolist()[:6], bytes(shorts[1:3]))
grid = view.cast("b", shape=[4, 4])
print(grid.ndim, grid.shape, grid.strides, grid.tolist())
print(grid.cast("B").tolist()[:4], grid.c_contiguous, grid.contiguous, grid.f_contiguous)
words = memoryview(bytearray(16)).cast("I")
words[0] = 0xDEADBEEF
words[3] = 7
print(words.tolist(), bytes(words.obj).hex(), words.readonly)
doubles = memoryview(struct.pack("<2d", 1.5, -0.25)).cast("d")
print(doubles.tolist(), doubles[1], doubles.format)
chars = memoryview(b"hi!").cast("c")
print(chars.tolist(), chars[0])
flags = memoryview(bytes([0, 1, 2])).cast("?")
print(flags.tolist())
for bad in (lambda: view.cast("h", shape=[3]),
            lambda: memoryview(b"abc").cast("h"),
            lambda: view.cast("x"),
            lambda: shorts.cast("i"),
            lambda: words.__setitem__(1, -1),
            lambda: words.__setitem__(1, 2**32),
            lambda: shorts.__setitem__(0, 1),
            lambda: view.cast("B", shape=[0]),
            lambda: grid[0]):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
