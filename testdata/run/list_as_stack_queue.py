stack = []
for token in '3 4 + 2 * 7 -'.split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({'+': a + b, '-': a - b, '*': a * b}[token])
    print(f'{token:>2} -> {stack}')
queue = ['a', 'b', 'c']
queue.append('d')
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['([]{})', '([)]', '((', '', 'a(b)c']:
    print(repr(s), balanced(s))
