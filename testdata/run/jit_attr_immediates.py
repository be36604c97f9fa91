# Instance attributes holding bools and None in compiled loops: reads
# (a kind guard, or a guard on None), stores of a bool over a bool and of
# None over None, and guards failing when an attribute changes kind.


class Task:
    def __init__(self):
        self.done = False
        self.waiting = True
        self.extra = None
        self.count = 0


def flags(t, n):
    k = 0
    for i in range(n):
        if t.done:
            k += 1
        if t.waiting:
            k += 2
        if t.extra is None:
            k += 3
        t.done = i % 3 == 0
        t.waiting = not t.waiting
        t.extra = None
        t.count += 1
    return k


t = Task()
print(flags(t, 3000), t.done, t.waiting, t.extra, t.count)


def toggles(tasks, n):
    flips = 0
    for i in range(n):
        t = tasks[i % len(tasks)]
        was = t.waiting
        t.waiting = not was
        if t.waiting != was:
            flips += 1
    return flips, [x.waiting for x in tasks]


print(toggles([Task(), Task(), Task()], 2000))


def kind_changes(t, n):
    seen = []
    k = 0
    for i in range(n):
        if t.done:
            k += 1
        if t.extra is None:
            k += 10
        else:
            k += 100
        if i == 1500:
            t.done = 7           # a bool attribute becomes an int
        if i == 2000:
            t.extra = "label"    # None becomes an object
        if i == 2500:
            t.done = None
    return k, t.done, t.extra


print(kind_changes(Task(), 3000))


def none_stores(t, n):
    k = 0
    for i in range(n):
        t.extra = None
        if i == 1000:
            t.extra = 1.5
            k += 1
        elif t.extra is None:
            k += 2
    return k, t.extra


print(none_stores(Task(), 2000))


class Light:
    def __init__(self):
        self.on = False

    def flip(self):
        self.on = not self.on
        return self.on


def lights(n):
    a, b = Light(), Light()
    both = 0
    for i in range(n):
        if a.flip() and (i % 2 == 0 or b.flip()):
            both += 1
    return both, a.on, b.on


print(lights(4001))
