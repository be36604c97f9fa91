match command:
    case "quit":
        pass
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b"bytes":
        pass
    case "concat" "enated":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case x:
        pass
    case _:
        pass

match point:
    case (0, 0):
        pass
    case (x, 0):
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case [first, *_, last]:
        pass
    case x, y:
        pass
    case *rest,:
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass

match obj:
    case Point(x=0, y=0):
        pass
    case Point(0, y=yy):
        pass
    case Point():
        pass
    case mod.Class(a, b, c=d):
        pass
    case a.b.c:
        pass
    case {"key": value}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case {1: x, None: y, mod.K: z}:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as x:
        pass
    case [1, 2] | [3, 4] as y:
        pass
    case str() | bytes():
        pass
    case {"x": [1, {"y": Point(z=(1 | 2))}]}:
        pass
    case x if x > 0:
        pass
    case _ if cond:
        pass

match x, y:
    case a, b:
        pass

match *a, b:
    case _:
        pass

match (x):
    case _: pass

match = 1
match.attr = 2
match(x)
match[0] = 3
case = 4
_ = 5
print(match, case)
match -x:
    case _:
        pass
