# Sorting records with operator.itemgetter / attrgetter / methodcaller,
# multi-key and stable sorts, bisect-based insertion into sorted lists, and
# the operator module's functions and their errors.
import bisect
import operator
from operator import attrgetter, itemgetter, methodcaller


class Employee:
    def __init__(self, name, dept, salary, manager=None):
        self.name, self.dept, self.salary = name, dept, salary
        self.manager = manager

    def initials(self, sep=""):
        return sep.join(p[0] for p in self.name.split())

    def __repr__(self):
        return f"<{self.name}>"


boss = Employee("Ada Lovelace", "eng", 200)
staff = [
    Employee("Grace Hopper", "eng", 180, boss),
    Employee("Alan Turing", "research", 180, boss),
    Employee("Barbara Liskov", "eng", 150, boss),
    Employee("Edsger Dijkstra", "research", 170),
    Employee("Donald Knuth", "books", 170),
    boss,
]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "salary")))
print(sorted(staff, key=attrgetter("salary"), reverse=True))
s = sorted(staff, key=attrgetter("name"))
s.sort(key=attrgetter("salary"), reverse=True)
s.sort(key=attrgetter("dept"))
print(s)
print(sorted((e for e in staff if e.manager), key=attrgetter("manager.name", "name")))
print(list(map(methodcaller("initials", "."), staff)), methodcaller("initials")(boss))
print(sorted(staff, key=methodcaller("initials")))

rows = [("apple", 3, 1.5), ("pear", 1, 0.5), ("fig", 3, 2.0), ("kiwi", 2, 0.25), ("date", 1, 3.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 2)))
print(sorted(rows, key=itemgetter(2), reverse=True)[:2], max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("xyz"))
print(itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(0)([[1]]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
totals = {}
for name, qty, price in rows:
    totals[qty] = totals.get(qty, 0) + price
print(sorted(totals.items(), key=itemgetter(1)), sorted(totals.items(), key=operator.itemgetter(0), reverse=True))

# bisect for a sorted leaderboard
scores = []
names = []
for name, score in [("ann", 70), ("bob", 85), ("cat", 70), ("dan", 95), ("eve", 60), ("fay", 85)]:
    i = bisect.bisect_right(scores, score)
    scores.insert(i, score)
    names.insert(i, name)
print(scores, names)
print(bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70), bisect.bisect(scores, 100), bisect.bisect_left(scores, 0))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = sorted(staff, key=attrgetter("salary"))
print(bisect.bisect_left(recs, 175, key=attrgetter("salary")), bisect.bisect_right(recs, 180, key=attrgetter("salary")))
bisect.insort(recs, Employee("New Hire", "eng", 175), key=attrgetter("salary"))
bisect.insort_left(recs, Employee("Early", "eng", 170), key=attrgetter("salary"))
print(recs)
lst = [1, 3, 5, 7]
bisect.insort(lst, 4, 1, 3)
bisect.insort_right(lst, 9, lo=2)
print(lst, bisect.bisect(lst, 5, hi=2), bisect.bisect_left(lst, 5, 0, len(lst)))

# operator functions
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"))
print(operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
print(operator.getitem([1, 2, 3], 1), operator.length_hint(iter(range(5))), operator.length_hint(5 for _ in ""), operator.length_hint(object(), 9))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.matmul.__name__, operator.call(max, 1, 5), operator.__add__ is operator.add)
x = [1]
print(operator.iadd(x, [2]) is x, operator.iconcat([1], [2]), operator.imul(3, 4), operator.ior({1}, {2}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello", key="ol".find))
for bad in (lambda: itemgetter(), lambda: attrgetter(1), lambda: attrgetter("missing")(boss),
            lambda: attrgetter("manager.missing")(staff[0]), lambda: itemgetter(5)([1]),
            lambda: methodcaller(), lambda: methodcaller(5), lambda: methodcaller("nope")(1),
            lambda: operator.add(1), lambda: operator.index(1.5), lambda: operator.countOf(5, 1),
            lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2), lambda: operator.length_hint(1, "x"),
            lambda: operator.truediv(1, 0), lambda: operator.lt(1, "a"), lambda: operator.neg("s"),
            lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort((1,), 1),
            lambda: bisect.bisect_left([1, 2], 1, 0, 5), lambda: sorted([1, "a"]), lambda: sorted([1], key=5),
            lambda: sorted([3, 1], cmp=None), lambda: sorted()):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
