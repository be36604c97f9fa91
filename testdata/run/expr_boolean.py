# and/or/not return values and short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'x')
print(not [], not [0], not '', not 'a')
def t(msg, val):
    print('eval', msg)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 0))
print(t('a', 0) or t('b', 0) or t('c', 3))
print(t('x', 1) if t('cond', False) else t('y', 2))
print([] or {} or () or 'last')
print(1 and [] or 'fallback')
