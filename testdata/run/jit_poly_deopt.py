# Deoptimisation inside polymorphic calls: an exception raised by one
# class's method in the middle of a compiled loop, an int overflow in
# another's, and an attribute whose type changes for one class only.


class Good:
    def __init__(self, v):
        self.v = v

    def run(self, i):
        return self.v + i


class Bad:
    def __init__(self, v):
        self.v = v

    def run(self, i):
        if i == 7000:
            raise ValueError("bad at %d" % i)
        return self.v - i


class Big:
    def __init__(self):
        self.acc = 1

    def run(self, i):
        self.acc = self.acc * 3 + i
        return 1


def drive(objs, n):
    s = 0
    for i in range(n):
        for o in objs:
            s += o.run(i)
    return s


try:
    drive([Good(1), Bad(2), Good(3)], 10000)
except ValueError as e:
    print("caught", e)

big = Big()
print(drive([Good(1), big, Bad(5)], 3000))
print(big.acc % 1000003, big.acc.bit_length())


class Flip:
    def __init__(self):
        self.w = 1

    def weight(self, i):
        if i == 2500:
            self.w = 1.5
        return self.w


class Fixed:
    def __init__(self):
        self.w = 2

    def weight(self, i):
        return self.w


def weigh(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.weight(i)
    return t


print(weigh([Fixed(), Flip(), Fixed()], 5000))
