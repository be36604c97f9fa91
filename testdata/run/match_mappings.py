def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest} if rest:
            return f'key {k} with extras {sorted(rest)}'
        case {'type': 'key', 'key': k}:
            return f'key {k}'
        case {'type': t}:
            return f'unknown event type {t}'
        case {}:
            return 'empty-ish mapping'
    return 'not a mapping'
events = [{'type': 'click', 'pos': (3, 4)}, {'type': 'key', 'key': 'q'},
          {'type': 'key', 'key': 'w', 'shift': True, 'ctrl': False},
          {'type': 'scroll'}, {'other': 1}, {}, [('type', 'click')],
          {'type': 'click', 'pos': [1, 2, 3]}]
for e in events:
    print(handle(e))
class LoggingDict(dict):
    def get(self, k, default=None):
        print('get', k)
        return super().get(k, default)
match LoggingDict(a=1, b=2):
    case {'a': 1, 'b': v}:
        print('matched b =', v)
