def outer():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        r = inner()
        return r, a
    r = mid()
    return r, a
print(outer())
def fsm():
    state = 'idle'
    def transition(event):
        nonlocal state
        table = {('idle', 'start'): 'running', ('running', 'pause'): 'paused',
                 ('paused', 'start'): 'running', ('running', 'stop'): 'idle'}
        state = table.get((state, event), state)
        return state
    return transition
t = fsm()
print([t(e) for e in ['start', 'pause', 'bogus', 'start', 'stop']])
def gen_closure():
    n = 0
    def g():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return g
print(list(gen_closure()()))
