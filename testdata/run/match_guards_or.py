def http_status(code):
    match code:
        case 200 | 201 | 204:
            return 'success'
        case 301 | 302 as redirect:
            return f'redirect ({redirect})'
        case int(c) if 400 <= c < 500:
            return 'client error'
        case int(c) if 500 <= c < 600:
            return 'server error'
        case str(s) if s.isdigit():
            return http_status(int(s))
        case _:
            return 'unknown'
for c in [200, 204, 302, 404, 418, 503, '201', 'abc', 99]:
    print(c, http_status(c))
def point_kind(p):
    match p:
        case (0, 0):
            return 'origin'
        case (0, y) | (y, 0):
            return f'on an axis at {y}'
        case (x, y) if x == y:
            return 'diagonal'
        case (x, y):
            return f'({x}, {y})'
for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]:
    print(p, point_kind(p))
