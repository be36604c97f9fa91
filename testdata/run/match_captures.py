def cmd(line):
    match line.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'going {direction}'
        case ['take', item, *others] if others:
            return f'taking {item} and {others}'
        case ['take', item]:
            return f'taking {item}'
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return f'unknown verb {verb!r}'
        case []:
            return 'empty command'
for line in ['go north', 'go up', 'take lamp', 'take key coin rope', 'exit', 'dance wildly', '']:
    print(repr(line), '->', cmd(line))
import math
match 3.141592653589793:
    case math.pi:
        print('value pattern with dotted name')
class Color:
    RED = 'red'
    GREEN = 'green'
for c in ['green', 'blue']:
    match c:
        case Color.RED:
            print('red!')
        case Color.GREEN:
            print('green!')
        case other:
            print('other:', other)
x = 'unchanged'
match 42:
    case x if x > 100:
        pass
    case _:
        pass
print('x after failed guard:', x)
