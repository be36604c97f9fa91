log = """2024-01-05 12:00:01 INFO  server: started on port 8080
2024-01-05 12:00:03 WARN  db: slow query (1200 ms)
2024-01-05 12:01:10 ERROR auth: invalid token for user=alice
2024-01-05 12:02:00 INFO  server: request GET /index.html 200
malformed line here
2024-01-05 12:03:30 ERROR db: connection reset"""
counts = {}
for line in log.splitlines():
    date, _, rest = line.partition(' ')
    time, _, rest = rest.partition(' ')
    level, _, rest = rest.partition(' ')
    component, sep, message = rest.strip().partition(': ')
    if not sep:
        print('skipping:', repr(line))
        continue
    counts[level] = counts.get(level, 0) + 1
    print(f'{time} [{level:<5}] {component:>6} | {message}')
print(counts)
url = 'https://user:pw@example.com:8443/path/to/page?x=1&y=two#frag'
scheme, _, rest = url.partition('://')
rest, _, fragment = rest.partition('#')
rest, _, query = rest.partition('?')
netloc, _, path = rest.partition('/')
userinfo, _, hostport = netloc.rpartition('@')
host, _, port = hostport.partition(':')
params = dict(kv.split('=', 1) for kv in query.split('&'))
print(scheme, userinfo, host, int(port), '/' + path, params, fragment)
