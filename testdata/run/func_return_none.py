def nothing(): pass
def bare(): return
def early(x):
    if x:
        return 'early'
    print('fell through')
def multi(): return 1, 2
print(nothing(), bare(), early(1), early(0), multi())
def gen_like():
    for i in range(3):
        if i == 1:
            return i
print(gen_like())
def finally_wins():
    try:
        return 'try'
    finally:
        print('finally runs')
print(finally_wins())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def loop_return():
    for x in range(10):
        while True:
            return x * 100
print(loop_return())
