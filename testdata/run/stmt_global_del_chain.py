a = b = c = [1, 2]
print(a is b is c)
a = a + [3]
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
data = {}
data['k'] = data2 = {'inner': 1}
print(data, data2 is data['k'])
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
first, second = pair = (10, 20)
print(first, second, pair)
