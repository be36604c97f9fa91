def make_multipliers():
    return {name: (lambda k: lambda x: x * k)(k) for name, k in [('double', 2), ('triple', 3), ('negate', -1)]}
m = make_multipliers()
print({name: f(7) for name, f in m.items()})
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(50), len(stairs.cache))
def counter_pair():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset
inc, reset = counter_pair()
inc(); inc(5)
print(reset(), inc(), reset())
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError('insufficient funds')
        balance -= amount
        return balance
    return {'deposit': deposit, 'withdraw': withdraw, 'balance': lambda: balance}
acct = make_account(100)
acct['deposit'](50)
acct['withdraw'](30)
try:
    acct['withdraw'](500)
except ValueError as e:
    print(e)
print(acct['balance']())
print([c.cell_contents for c in acct['balance'].__closure__])
